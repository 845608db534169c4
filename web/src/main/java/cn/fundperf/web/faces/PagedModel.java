package cn.fundperf.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A server-side paged table over a service's (count, page) pair. Filters live in the backing
 * bean's form fields, not in column filters, so that every query stays a whitelisted service call.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    public interface Count extends Serializable {
        long count();
    }

    /** A page in the order the user clicked; the service maps the field through its whitelist. */
    public interface SortablePage<T> extends Serializable {
        List<T> load(int first, int max, String sortField, boolean ascending);
    }

    private final SortablePage<T> page;
    private final Count counter;
    private final SerializableKey<T> key;
    private final Lookup<T> lookup;

    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    /** A row by its key when it is not on the page shown: a selection made on an earlier page. */
    public interface Lookup<T> extends Function<String, T>, Serializable {
    }

    public PagedModel(Count counter, Page<T> page, SerializableKey<T> key) {
        this(counter, (SortablePage<T>) (first, max, field, ascending) -> page.load(first, max), key);
    }

    /** A table whose rows can be chosen across its pages: a chosen row of another page is looked up by its key. */
    public PagedModel(Count counter, Page<T> page, SerializableKey<T> key, Lookup<T> lookup) {
        this(counter, (SortablePage<T>) (first, max, field, ascending) -> page.load(first, max), key, lookup);
    }

    public PagedModel(Count counter, SortablePage<T> page, SerializableKey<T> key) {
        this(counter, page, key, null);
    }

    private PagedModel(Count counter, SortablePage<T> page, SerializableKey<T> key, Lookup<T> lookup) {
        this.counter = counter;
        this.page = page;
        this.key = key;
        this.lookup = lookup;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        return page.load(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == null || sort.getOrder().isAscending());
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        T shown = getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        return shown != null || lookup == null ? shown : lookup.apply(rowKey);
    }

    /** The tables of the current view (by client id) show their first page again: their filter changed. */
    public static void showFirstPage(String... tableClientIds) {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        for (String table : tableClientIds) {
            if (view.findComponent(table) instanceof DataTable shown) {
                shown.setFirst(0);
            }
        }
    }
}
