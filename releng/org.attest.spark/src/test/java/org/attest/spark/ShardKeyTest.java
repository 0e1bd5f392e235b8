package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardKeyTest {

    @Test
    void theShardOfAnIdIsTheFirstEightBytesOfItsSha256ModuloTheShardsOnEveryMachine() {
        // worked out apart from Java: int.from_bytes(sha256(id.encode()).digest()[:8], 'big', signed=True) % n
        assertThat(ShardKey.of("doc-0000", 16)).isEqualTo(12);
        assertThat(ShardKey.of("doc-0000", 7)).isEqualTo(5);
        assertThat(ShardKey.of("n-000001", 7)).isEqualTo(1);
        assertThat(ShardKey.of("Karabakh-ceasefire-b", 16)).isEqualTo(1);
        assertThat(ShardKey.of("é", 16)).isEqualTo(3);
    }

    @Test
    void aShardFolderIsNamedWithThreeDigits() {
        assertThat(ShardKey.folder(3)).isEqualTo("shard-003");
        assertThat(ShardKey.folder(1234)).isEqualTo("shard-1234");
    }

    @Test
    void noShardsIsRefused() {
        assertThatThrownBy(() -> ShardKey.of("a", 0)).hasMessageContaining("at least 1");
    }
}
