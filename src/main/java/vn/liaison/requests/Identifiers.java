package vn.liaison.requests;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.liaison.shared.DomainException;

/**
 * Validates and normalises identifiers. Pure: {@code today} bounds dates (a citizen ID's birth year, a date of
 * birth). A refusal is a {@link DomainException} on field {@code identifiers} naming what is wrong.
 */
public final class Identifiers {

    /** Platforms whose accounts the form offers. */
    public static final List<String> PLATFORMS = List.of("FACEBOOK", "ZALO", "TIKTOK", "YOUTUBE", "TELEGRAM", "X",
            "INSTAGRAM", "OTHER");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]{1,99}");
    private static final Set<Character> MOBILE_FIRST = Set.of('3', '5', '7', '8', '9');
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]");
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]");
    private static final DateTimeFormatter ISO_SPACE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter OUT_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final LocalDate today;

    public Identifiers(LocalDate today) {
        this.today = today;
    }

    public Identifier validate(IdentifierInput input) {
        if (input.type() == null) {
            throw bad("requests.identifier.error.type");
        }
        String value = input.value() == null ? "" : input.value().strip();
        String qualifier = input.qualifier() == null ? "" : input.qualifier().strip();
        if (value.isEmpty()) {
            throw bad("requests.identifier.error.empty");
        }
        return switch (input.type()) {
            case PHONE -> new Identifier(IdentifierType.PHONE, value, phone(value), null);
            case IMEI -> new Identifier(IdentifierType.IMEI, value, imei(value), null);
            case IP_ADDRESS -> ip(value, qualifier);
            case URL -> new Identifier(IdentifierType.URL, value, url(value), null);
            case DOMAIN -> new Identifier(IdentifierType.DOMAIN, value, domain(value), null);
            case EMAIL -> new Identifier(IdentifierType.EMAIL, value, email(value), null);
            case SOCIAL_ACCOUNT -> social(value, qualifier);
            case CITIZEN_ID -> new Identifier(IdentifierType.CITIZEN_ID, value, citizenId(value), null);
            case PERSON -> person(value, qualifier);
            case BANK_ACCOUNT -> bank(value, qualifier);
            case FREE_TEXT -> {
                if (value.length() > 1000) {
                    throw bad("requests.identifier.error.tooLong", 1000);
                }
                yield new Identifier(IdentifierType.FREE_TEXT, value, value.replaceAll("\\s+", " "), null);
            }
        };
    }

    /** A Vietnamese number in any usual form, as E.164: mobile 9 digits after +84 (3, 5, 7, 8, 9), landline 10 (2). */
    public static String phone(String value) {
        String s = SEPARATORS.matcher(value).replaceAll("");
        String nsn;
        if (s.startsWith("+84")) {
            nsn = s.substring(3);
        } else if (s.startsWith("84") && (s.length() == 11 || s.length() == 12)) {
            nsn = s.substring(2);
        } else if (s.startsWith("0")) {
            nsn = s.substring(1);
        } else {
            throw bad("requests.identifier.error.phone", value);
        }
        if (!DIGITS.matcher(nsn).matches()) {
            throw bad("requests.identifier.error.phone", value);
        }
        boolean mobile = nsn.length() == 9 && MOBILE_FIRST.contains(nsn.charAt(0));
        boolean landline = nsn.length() == 10 && nsn.charAt(0) == '2';
        if (!mobile && !landline) {
            throw bad("requests.identifier.error.phone", value);
        }
        return "+84" + nsn;
    }

    public static String imei(String value) {
        String s = SEPARATORS.matcher(value).replaceAll("");
        if (s.length() != 15 || !DIGITS.matcher(s).matches()) {
            throw bad("requests.identifier.error.imeiLength", value);
        }
        if (!luhn(s)) {
            throw bad("requests.identifier.error.imeiCheck", value);
        }
        return s;
    }

    /** The Luhn check (ISO/IEC 7812) over all digits, the last being the check digit. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private Identifier ip(String value, String qualifier) {
        String address = value;
        Integer port = null;
        // 1.2.3.4:443 or [2001:db8::1]:443
        if (address.startsWith("[") && address.contains("]:")) {
            port = port(address.substring(address.indexOf("]:") + 2));
            address = address.substring(1, address.indexOf(']'));
        } else if (address.chars().filter(c -> c == ':').count() == 1 && address.contains(".")) {
            port = port(address.substring(address.indexOf(':') + 1));
            address = address.substring(0, address.indexOf(':'));
        }
        String normalized = ipAddress(address);
        String[] parts = qualifier.split("\\|", -1);
        if (parts[0].isBlank()) {
            throw bad("requests.identifier.error.ipTime");
        }
        LocalDateTime observed = dateTime(parts[0].strip());
        if (observed == null) {
            throw bad("requests.identifier.error.ipTime");
        }
        if (observed.toLocalDate().isAfter(today)) {
            throw bad("requests.identifier.error.future");
        }
        if (parts.length > 1 && !parts[1].isBlank()) {
            if (port != null) {
                throw bad("requests.identifier.error.port", parts[1]);
            }
            port = port(parts[1].strip());
        }
        String q = OUT_DATE_TIME.format(observed) + (port == null ? "" : "|" + port);
        return new Identifier(IdentifierType.IP_ADDRESS, value, normalized, q);
    }

    private static Integer port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 1 || p > 65535) {
                throw bad("requests.identifier.error.port", text);
            }
            return p;
        } catch (NumberFormatException e) {
            throw bad("requests.identifier.error.port", text);
        }
    }

    public static String ipAddress(String value) {
        if (IPV4.matcher(value).matches()) {
            return value;
        }
        if (value.contains(":") && IPV6_CHARS.matcher(value).matches()) {
            try {
                // A literal with a colon is parsed, never resolved.
                return InetAddress.getByName(value).getHostAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw bad("requests.identifier.error.ip", value);
            }
        }
        throw bad("requests.identifier.error.ip", value);
    }

    static LocalDateTime dateTime(String text) {
        for (DateTimeFormatter f : List.of(ISO_MINUTES, ISO_SPACE, VN_DATE_TIME)) {
            try {
                return LocalDateTime.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, VN_DATE)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    public static String url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw bad("requests.identifier.error.url", value);
            }
            domain(uri.getHost());
            return new URI(scheme, uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
                    uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            throw bad("requests.identifier.error.url", value);
        }
    }

    public static String domain(String value) {
        String d = value.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (DOMAIN.matcher(d).matches()) {
            // already an ASCII host name, which IDN would return unchanged (and IDN is slow)
            return d;
        }
        try {
            d = IDN.toASCII(d, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw bad("requests.identifier.error.domain", value);
        }
        if (!DOMAIN.matcher(d).matches()) {
            throw bad("requests.identifier.error.domain", value);
        }
        return d;
    }

    public static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw bad("requests.identifier.error.email", value);
        }
        String local = value.substring(0, at);
        if (!EMAIL_LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw bad("requests.identifier.error.email", value);
        }
        String domain;
        try {
            domain = domain(value.substring(at + 1));
        } catch (DomainException e) {
            throw bad("requests.identifier.error.email", value);
        }
        return local + "@" + domain;
    }

    private static Identifier social(String value, String qualifier) {
        String platform = qualifier.toUpperCase(Locale.ROOT);
        if (!PLATFORMS.contains(platform)) {
            throw bad("requests.identifier.error.platform", qualifier);
        }
        String normalized;
        if (value.regionMatches(true, 0, "http", 0, 4)) {
            normalized = url(value);
        } else if (HANDLE.matcher(value).matches()) {
            normalized = (value.startsWith("@") ? value.substring(1) : value).toLowerCase(Locale.ROOT);
        } else {
            throw bad("requests.identifier.error.handle", value);
        }
        return new Identifier(IdentifierType.SOCIAL_ACCOUNT, value, normalized, platform);
    }

    /**
     * A citizen ID (căn cước): 12 digits; the first three a province code 001–096; the fourth the century and
     * gender (0/1: 20th century male/female, 2/3: 21st century ...); the next two the year of birth.
     */
    public String citizenId(String value) {
        String s = SEPARATORS.matcher(value).replaceAll("");
        if (s.length() != 12 || !DIGITS.matcher(s).matches()) {
            throw bad("requests.identifier.error.citizenIdLength", value);
        }
        int province = Integer.parseInt(s.substring(0, 3));
        if (province < 1 || province > 96) {
            throw bad("requests.identifier.error.citizenIdProvince", s.substring(0, 3));
        }
        int centuryGender = s.charAt(3) - '0';
        int year = 1900 + centuryGender / 2 * 100 + Integer.parseInt(s.substring(4, 6));
        if (centuryGender > 3 || year > today.getYear()) {
            throw bad("requests.identifier.error.citizenIdCentury", String.valueOf(centuryGender));
        }
        return s;
    }

    private Identifier person(String value, String qualifier) {
        String name = value.replaceAll("\\s+", " ");
        if (!NAME.matcher(name).matches()) {
            throw bad("requests.identifier.error.name", value);
        }
        LocalDate born = qualifier.isBlank() ? null : date(qualifier);
        if (born == null) {
            throw bad("requests.identifier.error.birthDate", qualifier);
        }
        if (born.isAfter(today) || born.getYear() < 1900) {
            throw bad("requests.identifier.error.birthDate", qualifier);
        }
        return new Identifier(IdentifierType.PERSON, value, name, born.toString());
    }

    private static Identifier bank(String value, String qualifier) {
        if (qualifier.isBlank() || qualifier.length() > 100) {
            throw bad("requests.identifier.error.bank");
        }
        String s = SEPARATORS.matcher(value).replaceAll("");
        if (!DIGITS.matcher(s).matches() || s.length() < 6 || s.length() > 19) {
            throw bad("requests.identifier.error.bankAccount", value);
        }
        return new Identifier(IdentifierType.BANK_ACCOUNT, value, s, qualifier.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
    }

    private static DomainException bad(String key, Object... args) {
        return DomainException.invalid("identifiers", key, args);
    }
}
