package cn.fundperf.web.api;

import cn.fundperf.ejb.validation.Limits;
import cn.fundperf.web.faces.Texts;
import jakarta.json.Json;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Request bodies are bounded before anything parses them ({@link Limits#API_BODY_BYTES} for JSON
 * calls, {@link Limits#UPLOAD_BYTES} for workbooks through the API and the 导入申报表 screen). A
 * declared length above the limit is refused without being parsed (API: 413 JSON; screen: back to
 * the page with 文件超过 20 MB); a chunked body is counted while it is read and fails with
 * {@link TooLarge} once it passes the limit.
 * <p>
 * A refused body is still read and thrown away (up to {@link #DISCARD_FACTOR} times the upload
 * limit): a client that is still sending would otherwise see the connection closed under it
 * ("EOF reached while reading", "connection reset") instead of the answer. Payara's Grizzly answers
 * {@code Expect: 100-continue} itself before any filter runs, so the body comes in either case.
 */
public class BodyLimitFilter implements Filter {

    /** Session attribute read by the import screen: the limit in MB of an upload refused here. */
    public static final String REFUSED_UPLOAD = "fundperf.upload.refusedMb";
    /** Form fields and multipart framing beside the file itself. */
    static final long MULTIPART_SLACK = 1024 * 1024;
    /** A refused body is discarded up to this many times the upload limit; past that the connection is closed. */
    static final int DISCARD_FACTOR = 3;

    /** A body read past its limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean upload;
        private final long limit;

        TooLarge(boolean upload, long limit) {
            super("request body larger than " + limit + " bytes");
            this.upload = upload;
            this.limit = limit;
        }
    }

    @Override
    public void init(FilterConfig config) {
        // the limits are read per request (Limits), so that a changed setting needs no filter of its own
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        boolean upload = !type.isEmpty() && !type.startsWith("application/json");
        long uploadLimit = Limits.UPLOAD_BYTES.max();
        long limit = !upload ? Limits.API_BODY_BYTES.max() : api ? uploadLimit : uploadLimit + MULTIPART_SLACK;
        if (!api && !type.startsWith("multipart/")) {
            chain.doFilter(req, res);   // the screens' ordinary posts are small form fields
            return;
        }
        if (request.getContentLengthLong() > limit) {
            discard(request.getInputStream(), response);
            if (api) {
                refuse(response, upload, BusinessExceptionMapper.callersLocale(request));
            } else {
                request.getSession().setAttribute(REFUSED_UPLOAD, Limits.UPLOAD_BYTES.megabytes());
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return;
        }
        Limited limited = new Limited(request, upload, limit);
        chain.doFilter(limited, res);
        if (limited.counted != null && limited.counted.read > limit) {
            discard(request.getInputStream(), response);   // a chunked body refused half-way: the rest is still coming
        }
    }

    /** Reads what the client still sends and throws it away, so that it can read the refusal; a bounded amount. */
    static void discard(InputStream body, HttpServletResponse response) {
        long left = (long) DISCARD_FACTOR * Limits.UPLOAD_BYTES.max();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n = 0;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
            if (n >= 0) {
                response.setHeader("Connection", "close");   // more than we are willing to read
            }
        } catch (IOException | RuntimeException cutOff) {
            response.setHeader("Connection", "close");
        }
    }

    /** 413 with a key: {@code import.tooLarge} for a workbook, {@code api.bodyTooLarge} for JSON. */
    public static void refuse(HttpServletResponse response, boolean upload, Locale locale) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        BusinessExceptionMapper.Problem problem = problem(upload, locale);
        response.getOutputStream().write(Json.createObjectBuilder().add("key", problem.key()).add("message", problem.message())
                .build().toString().getBytes(StandardCharsets.UTF_8));
    }

    static BusinessExceptionMapper.Problem problem(boolean upload, Locale locale) {
        String key = upload ? "import.tooLarge" : "api.bodyTooLarge";
        long limit = upload ? Limits.UPLOAD_BYTES.megabytes() : Math.max(1, Limits.API_BODY_BYTES.max() / 1024);
        return new BusinessExceptionMapper.Problem(key, Texts.text(locale, key, String.valueOf(limit)));
    }

    /** Whether a failure while reading a body was this filter's limit, and for which kind of body. */
    public static Optional<Boolean> tooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return Optional.of(tooLarge.upload);
            }
        }
        return Optional.empty();
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final boolean upload;
        private final long limit;
        private Counted counted;

        Limited(HttpServletRequest request, boolean upload, long limit) {
            super(request);
            this.upload = upload;
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), upload, limit);
            }
            return counted;
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final boolean upload;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, boolean upload, long limit) {
            this.in = in;
            this.upload = upload;
            this.limit = limit;
        }

        private int count(int n) throws TooLarge {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge(upload, limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return count(in.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
