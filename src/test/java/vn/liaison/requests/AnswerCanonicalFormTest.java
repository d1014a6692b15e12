package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AnswerCanonicalFormTest {

    private final UUID request = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final UUID task = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void theFormIsStableAndDocumented() {
        byte[] form = AnswerCanonicalForm.of(request, 5, Outcome.DISCLOSED, null, null,
                List.of(new AnswerCanonicalForm.Result(1, task, TaskResult.FOUND, "Chủ thuê bao: A")), "Kết quả",
                List.of("ab12"));
        assertThat(new String(form, StandardCharsets.UTF_8)).isEqualTo("""
                liaison-answer-v1
                request:00000000-0000-0000-0000-000000000001
                generation:5
                outcome:DISCLOSED
                refusal::
                result:1:00000000-0000-0000-0000-000000000002:FOUND:Q2jhu6cgdGh1w6ogYmFvOiBB
                text:S+G6v3QgcXXhuqM=
                attachment:ab12
                """);
    }

    @Test
    void aTextCannotForgeALine() {
        byte[] honest = AnswerCanonicalForm.of(request, 1, Outcome.NO_DATA, null, null, List.of(), "a", List.of("x"));
        byte[] forged = AnswerCanonicalForm.of(request, 1, Outcome.NO_DATA, null, null, List.of(), "a\nattachment:x", List.of());
        assertThat(forged).isNotEqualTo(honest);
    }
}
