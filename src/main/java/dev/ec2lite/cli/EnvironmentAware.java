package dev.ec2lite.cli;

import java.util.Map;

/** A command that reads the process environment, given to it rather than read globally. */
interface EnvironmentAware {
    void environment(Map<String, String> env);
}
