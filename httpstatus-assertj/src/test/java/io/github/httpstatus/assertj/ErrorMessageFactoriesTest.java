package io.github.httpstatus.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.SpecReference;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.conformance.Finding;
import io.github.httpstatus.conformance.Rule;

import java.util.List;

import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

/** Each message factory rendered in full, with a description, as AssertJ renders it. */
class ErrorMessageFactoriesTest {

    private static String render(ErrorMessageFactory factory) {
        return factory.create(new TextDescription("Test"), new StandardRepresentation());
    }

    @Test
    void statusMessages() {
        HttpStatusInfo notFound = HttpStatusInfo.of(404);
        assertThat(render(ShouldHaveStatusClass.shouldHaveStatusClass(StatusClass.SUCCESSFUL, notFound)))
                .isEqualTo("[Test] expected a 2xx Successful status but was 404 Not Found (4xx Client Error)");
        assertThat(render(ShouldHaveCode.shouldHaveCode(1000, notFound)))
                .isEqualTo("[Test] expected status 1000 but was 404 Not Found (4xx Client Error)");
        assertThat(render(ShouldHaveStatusProperty.shouldHaveStatusProperty("a 100% odd status", notFound, "")))
                .isEqualTo("[Test] expected a 100% odd status but was 404 Not Found (4xx Client Error)");
        assertThat(render(ShouldBeValidStatusCode.shouldBeValidStatusCode(-7)))
                .isEqualTo("[Test] expected a valid status code (100..599) but was -7");
    }

    @Test
    void headerMessagesQuoteAndEscapeValuesButNeverCredentials() {
        assertThat(render(ShouldContainHeader.shouldContainHeader("Location", "GET http://h/a", List.of("date"))))
                .isEqualTo("[Test] expected header Location but the response to GET http://h/a has only [date]");
        assertThat(render(ShouldHaveHeaderValue.shouldHaveHeaderValue("X-Id", "a\nb", List.of("%s", "c\td"))))
                .isEqualTo("[Test] expected header X-Id with value \"a\\nb\" but it had [\"%s\", \"c\\td\"]");
        assertThat(render(ShouldHaveHeaderValue.shouldHaveHeaderValue("PROXY-AUTHORIZATION", "Basic x", List.of("Basic y"))))
                .isEqualTo("[Test] expected header PROXY-AUTHORIZATION with a value not shown but none of its 1 value(s) "
                        + "matched; values of PROXY-AUTHORIZATION are never shown");
    }

    @Test
    void redirectMessages() {
        assertThat(render(ShouldRedirectTo.shouldRedirectTo("http://h/b", "http://h/c")))
                .isEqualTo("[Test] expected a redirect to \"http://h/b\" but Location leads to \"http://h/c\"");
        assertThat(render(ShouldRedirectTo.shouldRedirectTo("http://h/b", HttpStatusInfo.of(200))))
                .isEqualTo("[Test] expected a redirect to \"http://h/b\" but was 200 OK (2xx Successful)");
        assertThat(render(ShouldRedirectTo.shouldRedirectToWithoutLocation("http://h/b", HttpStatusInfo.of(307))))
                .isEqualTo("[Test] expected a redirect to \"http://h/b\" but the 307 Temporary Redirect has no Location");
        assertThat(render(ShouldRedirectTo.shouldRedirectToInvalidLocation("http://h/\u00e9", "a b\r")))
                .isEqualTo("[Test] expected a redirect to \"http://h/\\u00E9\" but Location \"a b\\r\" is not a target a redirect can follow");
    }

    @Test
    void redirectMessagesCutALongLocationAfter64Characters() {
        String far = "https://example.com/" + "p".repeat(200);
        String shown = "\"https://example.com/pppppppppppppppppppppppppppppppppppppppppppp\"...";
        assertThat(render(ShouldRedirectTo.shouldRedirectTo("https://example.com/", far)))
                .isEqualTo("[Test] expected a redirect to \"https://example.com/\" but Location leads to " + shown);
        assertThat(render(ShouldRedirectTo.shouldRedirectTo(far, HttpStatusInfo.of(200))))
                .isEqualTo("[Test] expected a redirect to " + shown + " but was 200 OK (2xx Successful)");
        assertThat(render(ShouldRedirectTo.shouldRedirectToInvalidLocation("https://example.com/", far + " \r\n")))
                .isEqualTo("[Test] expected a redirect to \"https://example.com/\" but Location " + shown
                        + " is not a target a redirect can follow");
    }

    @Test
    void conformanceMessageHasOneFindingALine() {
        List<Finding> findings = List.of(
                new Finding(Rule.CONTENT_ON_HEAD, Rule.CONTENT_ON_HEAD.section(), "a response to HEAD must not carry content"),
                new Finding(Rule.INVALID_ALLOW, SpecReference.rfc(9110, "5.6.1.1"), "Allow \"GET,,\" holds 100% nothing"));
        assertThat(render(ShouldConformToRfc9110.shouldConformToRfc9110(findings)))
                .isEqualTo("[Test] expected a response that conforms to RFC 9110 but found:\n"
                        + "  MUST CONTENT_ON_HEAD (RFC 9110, section 9.3.2): a response to HEAD must not carry content\n"
                        + "  MUST INVALID_ALLOW (RFC 9110, section 5.6.1.1): Allow \"GET,,\" holds 100% nothing");
    }
}
