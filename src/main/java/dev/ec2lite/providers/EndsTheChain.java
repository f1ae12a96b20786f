package dev.ec2lite.providers;

/**
 * Marks a failure of a credential source that was clearly configured (an IAM Identity Center
 * profile, a role with {@code mfa_serial}): the chain stops there instead of asking the next source,
 * because an answer from the container or instance metadata would hide what the user must fix.
 */
interface EndsTheChain {}
