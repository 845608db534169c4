package cn.fundperf.web.api;

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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Request bodies are bounded before anything reads them (config/rules.properties):
 * {@code fundperf.limits.api-body-bytes} for JSON calls, {@code fundperf.limits.upload-bytes} for
 * workbooks (API and the 导入申报表 screen). A declared length above the limit is refused at once
 * (API: 413 JSON; screen: back to the page with 文件超过 20 MB); a chunked body is counted while it
 * is read and fails with {@link TooLarge} once it passes the limit.
 */
public class BodyLimitFilter implements Filter {

    /** Session attribute read by the import screen: the limit in MB of an upload refused here. */
    public static final String REFUSED_UPLOAD = "fundperf.upload.refusedMb";
    /** Form fields and multipart framing beside the file itself. */
    static final long MULTIPART_SLACK = 1024 * 1024;

    private long jsonLimit;
    private long uploadLimit;

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
        jsonLimit = setting("fundperf.limits.api-body-bytes", 2L * 1024 * 1024);
        uploadLimit = setting("fundperf.limits.upload-bytes", 20L * 1024 * 1024);
    }

    private static long setting(String name, long fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, Long.class).filter(n -> n > 0).orElse(fallback);
        } catch (RuntimeException noConfiguration) {
            return fallback;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        boolean upload = !type.isEmpty() && !type.startsWith("application/json");
        long limit = !upload ? jsonLimit : api ? uploadLimit : uploadLimit + MULTIPART_SLACK;
        if (!api && !type.startsWith("multipart/")) {
            chain.doFilter(req, res);   // the screens' ordinary posts are small form fields
            return;
        }
        if (request.getContentLengthLong() > limit) {
            if (api) {
                refuse(response, upload, BusinessExceptionMapper.callersLocale(request));
            } else {
                request.getSession().setAttribute(REFUSED_UPLOAD, uploadLimit / 1024 / 1024);
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return;
        }
        chain.doFilter(new Limited(request, upload, limit), res);
    }

    /** 413 with a key: {@code import.tooLarge} for a workbook, {@code api.bodyTooLarge} for JSON. */
    public static void refuse(HttpServletResponse response, boolean upload, Locale locale) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Connection", "close");
        BusinessExceptionMapper.Problem problem = problem(upload, locale);
        response.getOutputStream().write(Json.createObjectBuilder().add("key", problem.key()).add("message", problem.message())
                .build().toString().getBytes(StandardCharsets.UTF_8));
    }

    static BusinessExceptionMapper.Problem problem(boolean upload, Locale locale) {
        String key = upload ? "import.tooLarge" : "api.bodyTooLarge";
        long limit = upload ? setting("fundperf.limits.upload-bytes", 20L * 1024 * 1024) / 1024 / 1024
                : Math.max(1, setting("fundperf.limits.api-body-bytes", 2L * 1024 * 1024) / 1024);
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
        private ServletInputStream counted;

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
