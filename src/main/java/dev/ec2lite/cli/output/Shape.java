package dev.ec2lite.cli.output;

import java.util.List;

/**
 * A piece of botocore's EC2 model, enough to turn EC2's XML into the tree botocore builds: structure
 * members in the model's order, each with its XML element name; lists ({@code <set><item>…}); and
 * scalars.
 */
public sealed interface Shape {
    /** A string, as sent. */
    Shape STRING = new Scalar(ScalarType.STRING);
    /** An integer. */
    Shape INTEGER = new Scalar(ScalarType.INTEGER);
    /** {@code true}/{@code false}. */
    Shape BOOLEAN = new Scalar(ScalarType.BOOLEAN);
    /** An instant, printed as AWS CLI v2 prints it by default (ISO-8601, {@code +00:00}). */
    Shape TIMESTAMP = new Scalar(ScalarType.TIMESTAMP);

    /** The kinds of scalar. */
    enum ScalarType {
        STRING,
        INTEGER,
        BOOLEAN,
        TIMESTAMP
    }

    /** A scalar. */
    record Scalar(ScalarType type) implements Shape {}

    /** A list, whose XML is a set element holding one {@code item} per element. */
    record ListOf(Shape element) implements Shape {}

    /** A structure; members keep the model's order, which is the order botocore's output keeps. */
    record Structure(List<Member> members) implements Shape {
        public Structure {
            members = List.copyOf(members);
        }

        public static Structure of(Member... members) {
            return new Structure(List.of(members));
        }
    }

    /**
     * One member of a structure.
     *
     * @param name botocore's key ({@code NetworkInterfaceId})
     * @param xmlName EC2's element ({@code networkInterfaceId})
     */
    record Member(String name, String xmlName, Shape shape) {
        public static Member of(String name, Shape shape) {
            return new Member(name, Character.toLowerCase(name.charAt(0)) + name.substring(1), shape);
        }
    }
}
