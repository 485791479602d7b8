package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared oracle for messages built from input: one bounded line of printable ASCII. */
final class MessageHygiene {

    private MessageHygiene() {
    }

    static void check(String message) {
        assertThat(message).isNotNull().hasSizeLessThan(400);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            assertThat(c >= 0x20 && c < 0x7F).as("printable ASCII at %d in %s", i, message).isTrue();
        }
    }
}
