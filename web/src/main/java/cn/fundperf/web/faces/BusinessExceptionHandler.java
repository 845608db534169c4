package cn.fundperf.web.faces;

import cn.fundperf.ejb.business.BusinessException;
import cn.fundperf.ejb.target.IncompleteTargetSheetException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
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
            BusinessException refusal = find(thrown, BusinessException.class);
            OptimisticLockException stale = find(thrown, OptimisticLockException.class);
            if (refusal != null || stale != null) {
                events.remove();
                if (refusal != null) {
                    Texts.add(FacesMessage.SEVERITY_ERROR, refusal.getKey(), refusal.getArguments());
                    if (refusal instanceof IncompleteTargetSheetException incomplete) {
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
