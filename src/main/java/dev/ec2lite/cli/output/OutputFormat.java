package dev.ec2lite.cli.output;

/** The AWS CLI's output formats. */
public enum OutputFormat {
    json,
    text,
    table,
    yaml
}
