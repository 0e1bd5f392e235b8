package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OutputTailTest {

    private static byte[] lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLongOutputKeepsExactlyItsLastBytesWhateverTheChunks() {
        byte[] output = lines(50_000);
        OutputTail sut = new OutputTail(1000);
        // chunks of odd sizes, one of them longer than the tail
        int[] sizes = {1, 7, 999, 1000, 1001, 4096, 3};
        int at = 0;
        for (int i = 0; at < output.length; i++) {
            int n = Math.min(sizes[i % sizes.length], output.length - at);
            sut.add(Arrays.copyOfRange(output, at, at + n), n);
            at += n;
        }

        assertThat(sut.text()).isEqualTo(
                new String(output, output.length - 1000, 1000, StandardCharsets.UTF_8)).endsWith("line 49999\n");
    }

    @Test
    void aShortOutputIsKeptWholeAndAStreamIsReadToItsEnd() {
        OutputTail sut = new OutputTail(64 * 1024);
        InputStream in = new ByteArrayInputStream(lines(3));

        sut.drain(in);

        assertThat(sut.text()).isEqualTo("line 0\nline 1\nline 2\n");
    }

    @Test
    void aStreamLongerThanTheTailEndsWithItsLastLine() {
        OutputTail sut = new OutputTail(64);

        sut.drain(new ByteArrayInputStream(lines(100_000)));

        assertThat(sut.text()).hasSize(64).endsWith("line 99998\nline 99999\n");
    }
}
