package vn.liaison.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.liaison.shared.DomainException;

class IdentifiersTest {

    private final Identifiers rules = new Identifiers(LocalDate.of(2026, 11, 22));

    private Identifier ok(IdentifierType type, String value, String qualifier) {
        return rules.validate(new IdentifierInput(type, value, qualifier));
    }

    private void bad(IdentifierType type, String value, String qualifier, String key) {
        assertThatThrownBy(() -> ok(type, value, qualifier)).as("%s %s", type, value)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0912 345 678|+84912345678", "+84 912345678|+84912345678", "84912345678|+84912345678",
            "091.234.5678|+84912345678", "(+84) 32-123-4567|+84321234567", "0219 3866 888|+842193866888"})
    void phonesAreNormalisedToE164(String typed, String e164) {
        assertThat(ok(IdentifierType.PHONE, typed, null).normalized()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "09123456789", "0112345678", "+1 212 555 0100", "12345678", "0912abc678", "+840912345678"})
    void wrongPhoneLengthsAndPrefixesAreRefused(String typed) {
        bad(IdentifierType.PHONE, typed, null, "requests.identifier.error.phone");
    }

    @Test
    void imeiNeedsFifteenDigitsAndTheLuhnCheckDigit() {
        assertThat(ok(IdentifierType.IMEI, "49-015420-323751-8", null).normalized()).isEqualTo("490154203237518");
        bad(IdentifierType.IMEI, "490154203237517", null, "requests.identifier.error.imeiCheck");
        bad(IdentifierType.IMEI, "49015420323751", null, "requests.identifier.error.imeiLength");
    }

    @Test
    void ipAddressesNeedATimeAndMayHaveAPort() {
        Identifier v4 = ok(IdentifierType.IP_ADDRESS, "113.160.12.7:443", "2026-11-20T10:15");
        assertThat(v4.normalized()).isEqualTo("113.160.12.7");
        assertThat(v4.qualifier()).isEqualTo("2026-11-20 10:15:00|443");
        Identifier v6 = ok(IdentifierType.IP_ADDRESS, "2001:db8::1", "20/11/2026 10:15|8080");
        assertThat(v6.normalized()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(v6.qualifier()).isEqualTo("2026-11-20 10:15:00|8080");
        bad(IdentifierType.IP_ADDRESS, "256.1.1.1", "2026-11-20T10:15", "requests.identifier.error.ip");
        bad(IdentifierType.IP_ADDRESS, "example.com", "2026-11-20T10:15", "requests.identifier.error.ip");
        bad(IdentifierType.IP_ADDRESS, "1.2.3.4", null, "requests.identifier.error.ipTime");
        bad(IdentifierType.IP_ADDRESS, "1.2.3.4", "2026-11-20T10:15|70000", "requests.identifier.error.port");
        bad(IdentifierType.IP_ADDRESS, "1.2.3.4", "2027-01-01T10:15", "requests.identifier.error.future");
    }

    @Test
    void urlsDomainsAndEmails() {
        assertThat(ok(IdentifierType.URL, "https://Example.VN/a?b=1", null).normalized()).isEqualTo("https://example.vn/a?b=1");
        bad(IdentifierType.URL, "ftp://example.vn/x", null, "requests.identifier.error.url");
        bad(IdentifierType.URL, "not a url", null, "requests.identifier.error.url");
        assertThat(ok(IdentifierType.DOMAIN, "Tin-Gia.VN.", null).normalized()).isEqualTo("tin-gia.vn");
        assertThat(ok(IdentifierType.DOMAIN, "báo.vn", null).normalized()).startsWith("xn--");
        bad(IdentifierType.DOMAIN, "localhost", null, "requests.identifier.error.domain");
        bad(IdentifierType.DOMAIN, "-bad-.vn", null, "requests.identifier.error.domain");
        assertThat(ok(IdentifierType.EMAIL, "Nguyen.Van.A@Gmail.COM", null).normalized()).isEqualTo("Nguyen.Van.A@gmail.com");
        bad(IdentifierType.EMAIL, "a@@b.vn", null, "requests.identifier.error.email");
        bad(IdentifierType.EMAIL, "a..b@b.vn", null, "requests.identifier.error.email");
        bad(IdentifierType.EMAIL, "ab.vn", null, "requests.identifier.error.email");
    }

    @Test
    void socialAccountsNeedAPlatform() {
        Identifier handle = ok(IdentifierType.SOCIAL_ACCOUNT, "@Tin.Nong_24h", "facebook");
        assertThat(handle.normalized()).isEqualTo("tin.nong_24h");
        assertThat(handle.qualifier()).isEqualTo("FACEBOOK");
        assertThat(ok(IdentifierType.SOCIAL_ACCOUNT, "https://www.tiktok.com/@abc", "TIKTOK").normalized())
                .isEqualTo("https://www.tiktok.com/@abc");
        bad(IdentifierType.SOCIAL_ACCOUNT, "abc", "MYSPACE", "requests.identifier.error.platform");
        bad(IdentifierType.SOCIAL_ACCOUNT, "a b c", "ZALO", "requests.identifier.error.handle");
    }

    @Test
    void citizenIdsCheckProvinceAndCentury() {
        assertThat(ok(IdentifierType.CITIZEN_ID, "002 0 95 012345", null).normalized()).isEqualTo("002095012345");
        assertThat(ok(IdentifierType.CITIZEN_ID, "089301012345", null).normalized()).isEqualTo("089301012345");
        bad(IdentifierType.CITIZEN_ID, "00209501234", null, "requests.identifier.error.citizenIdLength");
        bad(IdentifierType.CITIZEN_ID, "000095012345", null, "requests.identifier.error.citizenIdProvince");
        bad(IdentifierType.CITIZEN_ID, "097095012345", null, "requests.identifier.error.citizenIdProvince");
        bad(IdentifierType.CITIZEN_ID, "002495012345", null, "requests.identifier.error.citizenIdCentury");
        // 21st century, born in '30: in the future
        bad(IdentifierType.CITIZEN_ID, "002230012345", null, "requests.identifier.error.citizenIdCentury");
    }

    @Test
    void personsNeedADateOfBirthAndBankAccountsABank() {
        Identifier p = ok(IdentifierType.PERSON, "Nguyễn  Văn An", "05/03/1990");
        assertThat(p.normalized()).isEqualTo("Nguyễn Văn An");
        assertThat(p.qualifier()).isEqualTo("1990-03-05");
        bad(IdentifierType.PERSON, "Nguyễn Văn An", "", "requests.identifier.error.birthDate");
        bad(IdentifierType.PERSON, "Nguyễn Văn An", "2030-01-01", "requests.identifier.error.birthDate");
        bad(IdentifierType.PERSON, "1234", "1990-01-01", "requests.identifier.error.name");
        Identifier b = ok(IdentifierType.BANK_ACCOUNT, "0071 0012 34567", "Vietcombank");
        assertThat(b.normalized()).isEqualTo("00710012345" + "67");
        assertThat(b.qualifier()).isEqualTo("VIETCOMBANK");
        bad(IdentifierType.BANK_ACCOUNT, "12345", "VCB", "requests.identifier.error.bankAccount");
        bad(IdentifierType.BANK_ACCOUNT, "12345678901234567890", "VCB", "requests.identifier.error.bankAccount");
        bad(IdentifierType.BANK_ACCOUNT, "1234567", "", "requests.identifier.error.bank");
        assertThat(ok(IdentifierType.FREE_TEXT, "  chủ  tài khoản  ", null).normalized()).isEqualTo("chủ tài khoản");
        bad(IdentifierType.FREE_TEXT, "  ", null, "requests.identifier.error.empty");
    }

    @Test
    void pastedLinesReportInvalidAndDuplicateLinesWithNumbers() {
        String pasted = "0912 345 678\n\n+84912345678\n0912 34\nIMEI;490154203237518\n84 98 765 4321\n";
        IdentifierBatch.Result r = IdentifierBatch.fromText(pasted, IdentifierType.PHONE, rules);
        assertThat(r.clean()).isFalse();
        assertThat(r.entries()).extracting(IdentifierBatch.Entry::line).containsExactly(1, 5, 6);
        assertThat(r.identifiers()).extracting(Identifier::normalized)
                .containsExactly("+84912345678", "490154203237518", "+84987654321");
        assertThat(r.problems()).extracting(IdentifierBatch.Problem::line).containsExactly(3, 4);
        assertThat(r.problems().get(0).messageKey()).isEqualTo("requests.identifier.error.duplicate");
        assertThat(r.problems().get(0).args()).containsExactly(1);
        assertThat(r.problems().get(1).messageKey()).isEqualTo("requests.identifier.error.phone");
    }

    @Test
    void csvAndXlsxAreRead() throws Exception {
        String csv = "type,value,qualifier\nPHONE,0912345678,\nBANK_ACCOUNT,\"123 456 789\",VCB\nPHONE,0912345678,\n";
        IdentifierBatch.Result r = IdentifierBatch.fromCsv(csv.getBytes(StandardCharsets.UTF_8), null, rules);
        assertThat(r.identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.PHONE, IdentifierType.BANK_ACCOUNT);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.messageKey()).isEqualTo("requests.identifier.error.duplicate");
        });
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("x");
            sheet.createRow(0).createCell(0).setCellValue("value");
            sheet.createRow(1).createCell(0).setCellValue("0987654321");
            sheet.createRow(2).createCell(0).setCellValue("0987");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        IdentifierBatch.Result x = IdentifierBatch.fromXlsx(xlsx, IdentifierType.PHONE, rules);
        assertThat(x.identifiers()).extracting(Identifier::normalized).containsExactly("+84987654321");
        assertThat(x.problems()).extracting(IdentifierBatch.Problem::line).containsExactly(3);
        assertThatThrownBy(() -> IdentifierBatch.fromXlsx("not a workbook".getBytes(), IdentifierType.PHONE, rules))
                .isInstanceOf(DomainException.class);
    }
}
