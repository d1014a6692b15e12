package vn.liaison.documents;

import java.time.LocalDate;

/**
 * Place and date lines as Decree 30/2020 writes them: days below 10 and the months January and February get
 * a leading zero ("ngày 05 tháng 02 năm 2026"; "ngày 24 tháng 11 năm 2021"; "ngày 15 tháng 3 năm 2026").
 */
public final class DocumentDates {

    private DocumentDates() {
    }

    /** "Hà Nội, ngày 24 tháng 11 năm 2021"; without a place, "ngày 24 tháng 11 năm 2021". */
    public static String vietnamese(String place, LocalDate date) {
        String day = "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
        return place == null || place.isBlank() ? day : place.strip() + ", " + day;
    }

    static String day(LocalDate date) {
        int d = date.getDayOfMonth();
        return d < 10 ? "0" + d : Integer.toString(d);
    }

    // Months 1 and 2 are padded so that "tháng 1" cannot be altered into "tháng 11" or "tháng 12" by hand.
    static String month(LocalDate date) {
        int m = date.getMonthValue();
        return m <= 2 ? "0" + m : Integer.toString(m);
    }
}
