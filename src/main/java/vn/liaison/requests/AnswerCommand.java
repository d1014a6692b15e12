package vn.liaison.requests;

import java.util.List;

import vn.liaison.attachments.NewAttachment;

/**
 * The receiver's answer: the outcome (a refusal needs its reason; OTHER needs a text), a result per task in the
 * order of the request's tasks (position from 1), free text, and files.
 */
public record AnswerCommand(Outcome outcome, RefusalReason refusalReason, String refusalText, List<TaskAnswer> results,
        String text, List<NewAttachment> attachments) {

    public AnswerCommand {
        results = results == null ? List.of() : List.copyOf(results);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The result for the task at {@code position}. */
    public record TaskAnswer(int position, TaskResult result, String text) {
    }
}
