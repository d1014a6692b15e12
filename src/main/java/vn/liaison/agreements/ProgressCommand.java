package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;

import vn.liaison.attachments.NewAttachment;

/** A progress report to record: the day it speaks of, the percent reached, what was done, optional files. */
public record ProgressCommand(LocalDate reportedOn, int percent, String note, List<NewAttachment> files) {

    public ProgressCommand {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
