package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.store.fs.FileStamp;
import org.junit.jupiter.api.Test;

/** A stamp kept as a line of text in a cache reads back as the same stamp, and no other text reads as one. */
class FileStampTextTest {

    private static final FileStamp STAMP = new FileStamp(2049, 1_234_567, 4_047, 1_765_123_456_789_012_345L,
            1_765_123_456_789_012_346L);

    @Test
    void theTextOfAStampReadsBackAsTheSameStamp() {
        assertThat(FileStamp.parse(STAMP.text())).isEqualTo(STAMP);
        FileStamp negative = new FileStamp(-1, 0, 0, -5, Long.MIN_VALUE);
        assertThat(FileStamp.parse(negative.text())).isEqualTo(negative);
    }

    @Test
    void anEmptyLineOrAnyTextTheStampDoesNotWriteReadsAsNoStamp() {
        assertThat(FileStamp.parse("")).isNull();
        assertThat(FileStamp.parse("2049:1234567:4047:1765123456789012345")).isNull();
        assertThat(FileStamp.parse("2049:1234567:4047:1765123456789012345:1:2")).isNull();
        assertThat(FileStamp.parse("2049:1234567:4047:1765123456789012345:")).isNull();
        assertThat(FileStamp.parse("+2049:1234567:4047:1765123456789012345:1765123456789012346")).isNull();
        assertThat(FileStamp.parse("02049:1234567:4047:1765123456789012345:1765123456789012346")).isNull();
        assertThat(FileStamp.parse("dev:ino:size:mtime:ctime")).isNull();
        assertThat(FileStamp.parse("2049:1234567:4047:99999999999999999999:1")).isNull();
    }
}
