package io.github.httpstatus.cli;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code list [1xx..5xx|unofficial]}: the registered codes, of one class or all; or the vendor codes. */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String arguments() {
        return "[1xx|2xx|3xx|4xx|5xx|unofficial]";
    }

    @Override
    public String summary() {
        return "the registered codes, all or of one class; or the common unregistered ones";
    }

    @Override
    public int run(List<String> args, boolean json, PrintStream out) {
        if (args.size() > 1) {
            throw new UsageException("list takes at most one class, such as 4xx");
        }
        List<HttpStatusInfo> infos = new ArrayList<>();
        if (args.isEmpty()) {
            for (StatusCode status : StatusCode.values()) {
                infos.add(status.info());
            }
        } else if (args.get(0).equals("unofficial")) {
            for (UnofficialCode unofficial : UnofficialCode.values()) {
                infos.add(HttpStatusInfo.of(unofficial.code()));
            }
        } else {
            StatusClass statusClass = parseClass(args.get(0));
            for (StatusCode status : StatusCode.values()) {
                if (status.statusClass() == statusClass) {
                    infos.add(status.info());
                }
            }
        }
        if (json) {
            out.println(Json.write(StatusCard.jsonList(infos)));
        } else {
            infos.forEach(info -> out.println(StatusCard.line(info)));
        }
        return FOUND;
    }

    private static StatusClass parseClass(String text) {
        for (StatusClass statusClass : StatusClass.values()) {
            if (statusClass.label().equalsIgnoreCase(text)) {
                return statusClass;
            }
        }
        throw new UsageException("unknown class \"" + io.github.httpstatus.internal.Escaping.escape(text)
                + "\": use 1xx, 2xx, 3xx, 4xx, 5xx or unofficial");
    }
}
