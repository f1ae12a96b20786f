/**
 * The AWS CLI's output for ec2lite's commands: answers as botocore-shaped trees (plain maps, lists,
 * strings, numbers, booleans, null), {@code --query} through JMESPath, and the {@code json}, {@code
 * text}, {@code table} and {@code yaml} formats with the AWS CLI's rules. Each format and JMESPath is a
 * class of its own, loaded only when a command uses it.
 */
package dev.ec2lite.cli.output;
