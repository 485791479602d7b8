package io.github.httpstatus.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

class ExchangesTest {

    private static Request post(RequestBody body) {
        return new Request.Builder().url("http://127.0.0.1/").post(body).build();
    }

    @Test
    void aRequestWithoutContentOrWithBytesCanBeSentAgain() {
        assertThat(Exchanges.isReplayable(new Request.Builder().url("http://127.0.0.1/").build())).isTrue();
        assertThat(Exchanges.isReplayable(post(RequestBody.create(new byte[] {1, 2})))).isTrue();
    }

    @Test
    void aDuplexBodyCannotBeSentAgain() {
        assertThat(Exchanges.isReplayable(post(new RequestBody() {
            @Override
            public MediaType contentType() {
                return null;
            }

            @Override
            public boolean isDuplex() {
                return true;
            }

            @Override
            public void writeTo(BufferedSink sink) {
            }
        }))).isFalse();
    }
}
