package cn.fundperf.web.faces;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.business.NotFoundException;
import cn.fundperf.ejb.business.NotPermittedException;
import cn.fundperf.ejb.business.OutOfScopeException;
import cn.fundperf.ejb.monitoring.IncompleteReportException;
import cn.fundperf.ejb.targetsheet.IncompleteTargetSheetException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns refusals of the services into messages on the page, in the user's language, so that
 * backing beans need no try/catch. Anything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (find(thrown, ViewExpiredException.class) != null && redirectedToExpiredPage()) {
                events.remove();
                continue;
            }
            ConstraintViolationException invalid = Violations.find(thrown);
            if (invalid != null && find(thrown, BusinessException.class) == null) {
                // an entity refused at pre-persist (or a bean method's bounds): the fields and their limits on the page
                events.remove();
                Violations.problems(invalid).forEach(p -> Texts.add(FacesMessage.SEVERITY_ERROR, p.key(), p.arguments()));
                FacesContext context = FacesContext.getCurrentInstance();
                context.validationFailed();
                context.renderResponse();
                continue;
            }
            BusinessException refusal = find(thrown, BusinessException.class);
            OptimisticLockException stale = find(thrown, OptimisticLockException.class);
            if (refusal != null && showsForbiddenPage(refusal)) {
                events.remove();
                continue;
            }
            if (refusal != null || stale != null) {
                events.remove();
                if (refusal != null) {
                    Texts.add(FacesMessage.SEVERITY_ERROR, refusal.getKey(), refusal.getArguments());
                    if (refusal instanceof IncompleteTargetSheetException incomplete) {
                        incomplete.getGaps().forEach(gap -> Texts.add(FacesMessage.SEVERITY_ERROR, gap.getKey(), gap.getArguments()));
                    }
                    if (refusal instanceof IncompleteReportException incomplete) {
                        incomplete.getGaps().forEach(gap -> Texts.add(FacesMessage.SEVERITY_ERROR, gap.getKey(), gap.getArguments()));
                    }
                } else {
                    Texts.error("error.staleVersion", "", "");
                }
                FacesContext context = FacesContext.getCurrentInstance();
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /**
     * A refusal while the page itself is being built (the role may not open it, or the record is
     * outside the scope) would leave a half-rendered, blank page: show 无权访问 / 未找到 instead.
     */
    private static boolean showsForbiddenPage(BusinessException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean building = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
                || (context.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION && !context.isPostback());
        if (!building || context.getPartialViewContext().isAjaxRequest()
                || !(refusal instanceof NotPermittedException || refusal instanceof OutOfScopeException || refusal instanceof NotFoundException)) {
            return false;
        }
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        external.responseReset();
        try {
            external.responseSendError(refusal instanceof NotFoundException ? 404 : 403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    /** An ajax request on an expired (or forged) page gets the 页面已过期 page instead of nothing. */
    private static boolean redirectedToExpiredPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest() || context.getExternalContext().isResponseCommitted()) {
            return false;   // a full page post goes to the error page of web.xml
        }
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
