package org.attest.model.persist;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource that reads the dates EMF writes ({@code 2026-12-07T00:37:13.097+0000}) without EMF's shared,
 * synchronised date format, which made the threads of a corpus-wide read wait on each other; any other text still goes
 * to EMF, so what a file means is unchanged.
 */
final class DatedXmiResource extends XMIResourceImpl {

    private static final int LENGTH = "2026-12-07T00:37:13.097+0000".length();
    // SimpleDateFormat, which EMF parses with, switches to the Julian calendar before 1582; java.time never does.
    private static final int FIRST_YEAR = 1600;

    private DatedXmiResource(URI uri) {
        super(uri);
    }

    /** Returns the factory of these resources. */
    static Resource.Factory factory() {
        return new XMIResourceFactoryImpl() {

            @Override
            public Resource createResource(URI uri) {
                return new DatedXmiResource(uri);
            }
        };
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {

            @Override
            protected Object createFromString(EFactory factory, EDataType type, String value) {
                if (type == EcorePackage.Literals.EDATE) {
                    Date date = parse(value);
                    if (date != null) {
                        return date;
                    }
                }
                return super.createFromString(factory, type, value);
            }
        };
    }

    /**
     * Returns the instant {@code value} names when it has exactly EMF's written form, {@code yyyy-MM-ddTHH:mm:ss.SSS}
     * and a {@code +hhmm} offset, with every field in range; null for anything else.
     */
    static Date parse(String value) {
        if (value == null || value.length() != LENGTH || value.charAt(4) != '-' || value.charAt(7) != '-'
                || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':'
                || value.charAt(19) != '.' || value.charAt(23) != '+' && value.charAt(23) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        int millis = digits(value, 20, 3);
        int offsetHours = digits(value, 24, 2);
        int offsetMinutes = digits(value, 26, 2);
        if (year < FIRST_YEAR || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0
                || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
            return null;
        }
        int sign = value.charAt(23) == '-' ? -1 : 1;
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            long seconds = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(offset);
            return new Date(seconds * 1000 + millis);
        } catch (DateTimeException e) {
            // out of range (month 13, 25 o'clock): EMF's lenient format decides what it means, as before
            return null;
        }
    }

    // The number in value[from, from + count), or -1 when a character there is not an ASCII digit.
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + c - '0';
        }
        return number;
    }
}
