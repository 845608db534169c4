package cn.fundperf.web.operations;

import cn.fundperf.ejb.platform.StatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Diagnostics for benchmarks and tests (off by default, {@code fundperf.diagnostics.statement-count}):
 * a request that asks with the header {@code X-SQL-Statements: count} is answered with the number
 * of SQL statements it cost in the same header. Its body is held back until the count is known, so
 * that the header can still be set: that is why it is not for production.
 */
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "X-SQL-Statements";

    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue("fundperf.diagnostics.statement-count", Boolean.class)
                .orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || !"count".equals(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        HeldResponse held = new HeldResponse(response);
        chain.doFilter(request, held);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, String.valueOf(StatementCounter.count()));
        }
        held.release();
    }

    /** A response whose body waits in memory until the filter has set its header. */
    private static final class HeldResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("held responses are written at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until release
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set on release
        }

        @Override
        public void setContentLengthLong(long len) {
            // the real length is set on release
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (body.size() > 0) {
                response.setContentLengthLong(body.size());
                response.getOutputStream().write(body.toByteArray());
            }
        }
    }
}
