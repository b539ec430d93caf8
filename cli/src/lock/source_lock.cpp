#include "lock/source_lock.hpp"

#include "lexcheck/core/sha256.hpp"
#include "lexcheck/reports/json_writer.hpp"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace lexcheck::cli::lock {

namespace fs = std::filesystem;

namespace {

/// `path` (as read, relative to the working folder) relative to the lock's folder
std::string relative_to_lock(const std::string& path, const fs::path& lock_dir) {
    fs::path p = fs::absolute(path).lexically_normal();
    return p.lexically_relative(lock_dir).generic_string();
}

auto key_of(const Entry& e) {
    return std::tie(e.provision, e.id, e.akn, e.eid);
}

/// One quoting provision or measure as the inputs are now. `akn` and `text` point into the
/// Quotes that gave it and into the inputs: nothing is copied per measure.
struct Quote {
    bool provision = false;
    std::string_view id;
    const std::string* akn = nullptr;  ///< Relative to the lock's folder
    std::string_view eid;
    const std::string* text = nullptr;  ///< The element's text
    core::SourceSpan at;
};

/// The quotes of the inputs, each document's path made relative to the lock once (a quoting
/// corpus has one document for thousands of measures: filesystem paths cost more than the
/// rest of a measure), and each distinct text's SHA-256 computed once, when asked for
class Quotes {
public:
    Quotes(const Inputs& in, const std::string& lock_path)
        : in_(in), dir_(fs::absolute(lock_path).lexically_normal().parent_path()) {}

    /// Calls `f(const Quote&)` for every quoting provision, then every quoting measure, in
    /// the inputs' order; a measure is read from its head and quote, never built (a warm
    /// corpus holds records)
    template <class F>
    void each(F&& f) {
        for (const core::Provision& p : in_.rules.provisions) {
            if (!p.source || p.source->resolved_path.empty()) continue;
            f(Quote{true, p.id.text, &relative(p.source->resolved_path), p.source->eid.text,
                    &p.source->quoted_text, p.source->span});
        }
        const core::MeasureList& measures = in_.corpus.measures;
        document_paths_.resize(in_.corpus.documents.size());
        for (std::size_t i = 0; i < measures.size(); ++i) {
            const core::MeasureHead m = measures.head(i);
            if (!m.quotes) continue;
            const std::uint32_t document = measures.document(i);
            if (document >= in_.corpus.documents.size()) continue;
            const core::AknDocument& doc = in_.corpus.documents[document];
            const core::MeasureQuote q = measures.quote(i);
            const core::AknElement* e = doc.find(q.eid);
            if (!e) continue;
            std::optional<std::string>& akn = document_paths_[document];
            if (!akn) akn = relative_to_lock(doc.path, dir_);
            f(Quote{false, m.id, &*akn, q.eid, &e->text, q.eid_span});
        }
    }

    /// The SHA-256 of `text` (a string of the inputs), in hex
    const std::string& digest(const std::string& text) {
        auto [at, fresh] = digests_.try_emplace(&text);
        if (fresh) at->second = core::sha256_hex(text);
        return at->second;
    }

private:
    const std::string& relative(const std::string& path) {
        auto [at, fresh] = paths_.try_emplace(path);
        if (fresh) at->second = relative_to_lock(path, dir_);
        return at->second;
    }

    const Inputs& in_;
    fs::path dir_;
    std::vector<std::optional<std::string>> document_paths_;  ///< By document index
    std::map<std::string, std::string, std::less<>> paths_;   ///< A provision's source file
    std::unordered_map<const std::string*, std::string> digests_;
};

/// The entries of a lock by kind and id; the entries of one kind and id (a lock edited by hand
/// may hold several) chained in the lock's order, so that the first of a key is the one found
class LockIndex {
public:
    explicit LockIndex(const std::vector<Entry>& locked)
        : locked_(locked), next_(locked.size(), kEnd) {
        for (auto& ids : first_) ids.reserve(locked.size());
        for (std::size_t i = locked.size(); i-- > 0;) {
            auto [at, fresh] = first_[locked[i].provision].try_emplace(locked[i].id, i);
            if (!fresh) {
                next_[i] = at->second;
                at->second = i;
            }
        }
    }

    /// The lock's first entry of this kind, id, document and eId, or null
    const Entry* find(bool provision, std::string_view id, std::string_view akn,
                      std::string_view eid) const {
        auto at = first_[provision].find(id);
        for (std::size_t i = at == first_[provision].end() ? kEnd : at->second; i != kEnd;
             i = next_[i]) {
            if (locked_[i].akn == akn && locked_[i].eid == eid) return &locked_[i];
        }
        return nullptr;
    }

private:
    static constexpr std::size_t kEnd = static_cast<std::size_t>(-1);
    const std::vector<Entry>& locked_;
    std::unordered_map<std::string_view, std::size_t> first_[2];  ///< By `provision`, then id
    std::vector<std::size_t> next_;
};

}  // namespace

std::string lock_path(const Options& options) {
    return options.lock.value_or("lexcheck.lock");
}

std::vector<Entry> current_entries(const Inputs& in, const std::string& lock_path) {
    Quotes quotes(in, lock_path);
    std::vector<Entry> out;
    quotes.each([&](const Quote& q) {
        out.push_back({std::string(q.id), q.provision, *q.akn, std::string(q.eid),
                       quotes.digest(*q.text), *q.text, q.at});
    });
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return key_of(a) < key_of(b); });
    return out;
}

std::string lock_text(const std::vector<Entry>& entries) {
    std::ostringstream s;
    {
        reports::JsonWriter w(s);
        w.begin_object();
        w.member("lexcheck_lock", 1);
        w.key("entries");
        w.begin_array();
        for (const Entry& e : entries) {
            w.begin_object();
            w.member("id", e.id);
            w.member("kind", e.provision ? "provision" : "measure");
            w.member("akn", e.akn);
            w.member("eId", e.eid);
            w.member("sha256", e.sha256);
            w.member("text", e.text);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    s << "\n";
    return s.str();
}

ReadLock read_lock(std::string_view text) {
    namespace od = simdjson::ondemand;
    ReadLock r;
    od::parser parser;
    simdjson::padded_string padded(text);
    od::document doc;
    od::array entries;
    if (parser.iterate(padded).get(doc) || doc["entries"].get_array().get(entries)) {
        r.error = "is not a lexcheck lock (a JSON object with `entries`)";
        return r;
    }
    for (auto item : entries) {
        od::object o;
        if (item.get_object().get(o)) {
            r.error = "has an entry that is not an object";
            return r;
        }
        Entry e;
        for (auto field : o) {
            std::string_view key, value;
            if (field.unescaped_key().get(key) || field.value().get_string().get(value)) {
                r.error = "has an entry whose values are not all text";
                return r;
            }
            if (key == "id") e.id = value;
            if (key == "kind") e.provision = value == "provision";
            if (key == "akn") e.akn = value;
            if (key == "eId") e.eid = value;
            if (key == "sha256") e.sha256 = value;
            if (key == "text") e.text = value;
        }
        r.entries.push_back(std::move(e));
    }
    return r;
}

std::vector<reports::SourceChange> changes(const std::vector<Entry>& locked, const Inputs& in,
                                           const std::string& lock_path) {
    const LockIndex index(locked);
    Quotes quotes(in, lock_path);
    std::vector<reports::SourceChange> out;
    // Only a quote the lock holds an entry for is hashed (and each distinct text once).
    quotes.each([&](const Quote& q) {
        const Entry* e = index.find(q.provision, q.id, *q.akn, q.eid);
        if (e && e->sha256 != quotes.digest(*q.text))
            out.push_back({std::string(q.id), q.provision, *q.akn, std::string(q.eid), e->text,
                           *q.text, q.at});
    });
    // In the order of the current entries (current_entries): kind, id, document, eId.
    std::sort(out.begin(), out.end(),
              [](const reports::SourceChange& a, const reports::SourceChange& b) {
                  return std::tie(a.provision, a.id, a.akn, a.eid) <
                         std::tie(b.provision, b.id, b.akn, b.eid);
              });
    return out;
}

}  // namespace lexcheck::cli::lock
