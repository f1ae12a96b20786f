package dev.ec2lite.cli.output;

import dev.ec2lite.xml.XmlElement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns EC2's XML into the tree botocore makes of it: a {@link LinkedHashMap} per structure (members
 * in the model's order, only those present), a {@link List} per list, and {@link String}, {@link
 * Long} or {@link Boolean} scalars; timestamps become the strings AWS CLI v2 prints by default.
 */
public final class XmlTree {
    private XmlTree() {}

    /** The tree of {@code element}, read as {@code shape}. */
    public static Map<String, Object> structure(XmlElement element, Shape.Structure shape) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Shape.Member member : shape.members()) {
            Optional<XmlElement> child = element.child(member.xmlName());
            child.ifPresent(c -> tree.put(member.name(), value(c, member.shape())));
        }
        return tree;
    }

    private static Object value(XmlElement element, Shape shape) {
        if (shape instanceof Shape.Structure structure) {
            return structure(element, structure);
        }
        if (shape instanceof Shape.ListOf list) {
            List<Object> values = new ArrayList<>();
            for (XmlElement item : element.children("item")) {
                values.add(value(item, list.element()));
            }
            return values;
        }
        return scalar(element.text(), ((Shape.Scalar) shape).type());
    }

    private static Object scalar(String text, Shape.ScalarType type) {
        return switch (type) {
            case STRING -> text;
            case BOOLEAN -> "true".equals(text.toLowerCase(Locale.ROOT));
            case INTEGER -> integer(text);
            case TIMESTAMP -> timestamp(text);
        };
    }

    /** A number EC2 got wrong is shown as sent rather than failing the whole answer. */
    private static Object integer(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /**
     * Python's {@code datetime.isoformat()} of the instant in UTC, which AWS CLI v2 prints by default:
     * seconds, microseconds only when not zero, and {@code +00:00}.
     */
    static String timestamp(String text) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text.trim()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return text;
        }
        StringBuilder out = new StringBuilder(32)
                .append(String.format(
                        Locale.ROOT,
                        "%04d-%02d-%02dT%02d:%02d:%02d",
                        time.getYear(),
                        time.getMonthValue(),
                        time.getDayOfMonth(),
                        time.getHour(),
                        time.getMinute(),
                        time.getSecond()));
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            out.append(String.format(Locale.ROOT, ".%06d", micros));
        }
        return out.append("+00:00").toString();
    }
}
