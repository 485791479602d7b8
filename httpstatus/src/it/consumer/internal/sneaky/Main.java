package sneaky;

/** Must not compile on the module path: io.github.httpstatus.internal is not exported. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println(io.github.httpstatus.internal.Ascii.isDigit('1'));
    }
}
