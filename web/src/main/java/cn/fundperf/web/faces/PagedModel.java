package cn.fundperf.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    private final Page<T> page;
    private final Count counter;
    private final SerializableKey<T> key;

    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedModel(Count counter, Page<T> page, SerializableKey<T> key) {
        this.counter = counter;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
