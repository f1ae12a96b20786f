package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/** Small readings every operation makes of EC2's answers. */
final class AnswerXml {
    private AnswerXml() {}

    /** The {@code item} children of the set {@code setName}; none when the set is absent. */
    static List<XmlElement> items(XmlElement parent, String setName) {
        return parent.child(setName).map(set -> set.children("item")).orElse(List.of());
    }

    /** A child's text, absent when the element is missing or empty. */
    static Optional<String> text(XmlElement parent, String name) {
        return parent.childText(name).filter(value -> !value.isEmpty());
    }

    /** {@code nextToken}, absent on the last page (EC2 sends none, or an empty one). */
    static Optional<String> nextToken(XmlElement answer) {
        return text(answer, "nextToken");
    }

    /** A small non-negative number from the answer; -1 when it is not one. */
    static int index(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** EC2's {@code true}/{@code false}; anything else is absent. */
    static Optional<Boolean> bool(XmlElement parent, String name) {
        return parent.childText(name).map(String::trim).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        });
    }
}
