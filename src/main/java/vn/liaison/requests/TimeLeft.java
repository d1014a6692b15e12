package vn.liaison.requests;

import java.time.Duration;

/**
 * The time left until a deadline (negative when overdue) and whether the clock is paused, with the message
 * key and arguments that say it in words ("còn 3 giờ 20 phút", "quá hạn 2 ngày").
 */
public record TimeLeft(Duration remaining, boolean paused) {

    public boolean overdue() {
        return !paused && remaining.isNegative();
    }

    /** The bundle key: requests.timeLeft.{left|overdue}.{days|hours|minutes}, or requests.timeLeft.paused. */
    public String messageKey() {
        if (paused) {
            return "requests.timeLeft.paused";
        }
        String prefix = remaining.isNegative() ? "requests.timeLeft.overdue." : "requests.timeLeft.left.";
        Duration d = remaining.abs();
        if (d.toDays() >= 1) {
            return prefix + "days";
        }
        if (d.toHours() >= 1) {
            return prefix + "hours";
        }
        return prefix + "minutes";
    }

    /** Days and hours, or hours and minutes, or minutes: the two largest meaningful units. */
    public Object[] args() {
        Duration d = remaining.abs();
        if (d.toDays() >= 1) {
            return new Object[] {d.toDays(), d.toHoursPart()};
        }
        if (d.toHours() >= 1) {
            return new Object[] {d.toHours(), d.toMinutesPart()};
        }
        return new Object[] {Math.max(d.toMinutes(), remaining.isNegative() ? 1 : 0)};
    }
}
