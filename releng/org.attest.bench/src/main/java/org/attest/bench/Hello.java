package org.attest.bench;

/** The yardstick of the start-up rows: a Java program that prints one line and ends. */
public final class Hello {

    private Hello() {
    }

    /** Prints {@code hello}. */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
