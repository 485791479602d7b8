package io.github.httpstatus.assertj;

import io.github.httpstatus.conformance.Finding;

import java.util.List;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The failure of a response that breaks rules of the conformance check: one finding a line. */
final class ShouldConformToRfc9110 extends BasicErrorMessageFactory {

    private ShouldConformToRfc9110(String findings) {
        super("expected a response that conforms to RFC 9110 but found:%s", unquotedString(findings));
    }

    /** The first line, then each finding indented on its own line. */
    static ErrorMessageFactory shouldConformToRfc9110(List<Finding> findings) {
        StringBuilder lines = new StringBuilder();
        findings.forEach(finding -> lines.append("\n  ").append(finding));
        return new ShouldConformToRfc9110(lines.toString());
    }
}
