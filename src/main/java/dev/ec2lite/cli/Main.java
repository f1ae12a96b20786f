package dev.ec2lite.cli;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("ec2lite");
    }
}
