package io.github.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryStatusTest {

    @ParameterizedTest(name = "{0}: registered {1}")
    @CsvSource({
        // status, has a registry entry (IANA HTTP Status Code Registry)
        "PERMANENT, true", "TEMPORARY, true", "UNUSED, true", "OBSOLETED, true", "UNASSIGNED, false",
    })
    void onlyUnassignedHasNoRegistryEntry(RegistryStatus status, boolean registered) {
        assertThat(status.isRegistered()).isEqualTo(registered);
    }
}
