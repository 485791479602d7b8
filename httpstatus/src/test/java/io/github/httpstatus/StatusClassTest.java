package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusClassTest {

    @Test
    void describesEachClass() {
        assertThat(StatusClass.of(404)).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(StatusClass.CLIENT_ERROR.label()).isEqualTo("4xx");
        assertThat(StatusClass.CLIENT_ERROR.displayName()).isEqualTo("Client Error");
        assertThat(StatusClass.CLIENT_ERROR.baseCode()).isEqualTo(400);
        assertThat(StatusClass.CLIENT_ERROR.contains(499)).isTrue();
        assertThat(StatusClass.CLIENT_ERROR.contains(500)).isFalse();
        assertThat(StatusClass.CLIENT_ERROR.contains(40)).isFalse();
        assertThat(StatusClass.SERVER_ERROR.contains(600)).isFalse();
        assertThat(StatusClass.CLIENT_ERROR.isError()).isTrue();
        assertThat(StatusClass.SERVER_ERROR.isError()).isTrue();
        assertThat(StatusClass.REDIRECTION.isError()).isFalse();
        assertThat(StatusClass.ofReceived(204)).isEqualTo(StatusClass.SUCCESSFUL);
    }

    @Test
    void bothEndsOfTheValidRangeBelongToTheirClass() {
        // RFC 9110, section 15: valid codes are 100..599; outside it a received code reads as 5xx.
        assertThat(StatusClass.INFORMATIONAL.contains(100)).isTrue();
        assertThat(StatusClass.INFORMATIONAL.contains(99)).isFalse();
        assertThat(StatusClass.SERVER_ERROR.contains(599)).isTrue();
        assertThat(StatusClass.ofReceived(100)).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusClass.ofReceived(99)).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusClass.ofReceived(599)).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusClass.ofReceived(600)).isEqualTo(StatusClass.SERVER_ERROR);
    }

    @Test
    void ofRejectsInvalidCodes() {
        assertThatThrownBy(() -> StatusClass.of(99)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("status code must be between 100 and 599: 99");
        assertThatThrownBy(() -> StatusClass.of(600)).isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
