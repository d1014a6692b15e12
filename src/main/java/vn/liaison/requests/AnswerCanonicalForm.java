package vn.liaison.requests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The exact bytes an answer's signature covers (version 1, stable): UTF-8 lines separated by LF,
 * <pre>
 * liaison-answer-v1
 * request:&lt;request id&gt;
 * generation:&lt;generation the answer produced&gt;
 * outcome:&lt;DISCLOSED|PARTIALLY_DISCLOSED|NO_DATA|REFUSED&gt;
 * refusal:&lt;reason or empty&gt;:&lt;base64 of the refusal text&gt;
 * result:&lt;position&gt;:&lt;task id&gt;:&lt;FOUND|NOT_FOUND|REFUSED&gt;:&lt;base64 of the text&gt;   (one per task, in order)
 * text:&lt;base64 of the answer text&gt;
 * attachment:&lt;sha-256 hex&gt;   (one per attachment, in the order given)
 * </pre>
 * Free texts are base64 (of UTF-8) so no text can forge a line. Anyone can rebuild these bytes from the answer
 * and check the signature with the agency's public key.
 */
public final class AnswerCanonicalForm {

    private AnswerCanonicalForm() {
    }

    /** One result in the order of the request's tasks. */
    public record Result(int position, UUID taskId, TaskResult result, String text) {
    }

    public static byte[] of(UUID requestId, long generation, Outcome outcome, RefusalReason refusal, String refusalText,
            List<Result> results, String text, List<String> attachmentSha256) {
        StringBuilder sb = new StringBuilder("liaison-answer-v1\n");
        sb.append("request:").append(requestId).append('\n');
        sb.append("generation:").append(generation).append('\n');
        sb.append("outcome:").append(outcome.name()).append('\n');
        sb.append("refusal:").append(refusal == null ? "" : refusal.name()).append(':').append(b64(refusalText)).append('\n');
        for (Result r : results) {
            sb.append("result:").append(r.position()).append(':').append(r.taskId()).append(':')
                    .append(r.result().name()).append(':').append(b64(r.text())).append('\n');
        }
        sb.append("text:").append(b64(text)).append('\n');
        for (String sha : attachmentSha256) {
            sb.append("attachment:").append(sha).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return s == null ? "" : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
