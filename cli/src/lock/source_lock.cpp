#include "lock/source_lock.hpp"

#include "lexcheck/core/sha256.hpp"
#include "lexcheck/reports/json_writer.hpp"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <tuple>

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

}  // namespace

std::string lock_path(const Options& options) {
    return options.lock.value_or("lexcheck.lock");
}

std::vector<Entry> current_entries(const Inputs& in, const std::string& lock_path) {
    fs::path dir = fs::absolute(lock_path).lexically_normal().parent_path();
    std::vector<Entry> out;
    for (const core::Provision& p : in.rules.provisions) {
        if (!p.source || p.source->resolved_path.empty()) continue;
        out.push_back({p.id.text, true, relative_to_lock(p.source->resolved_path, dir),
                       p.source->eid.text, core::sha256_hex(p.source->quoted_text),
                       p.source->quoted_text, p.source->span});
    }
    const core::MeasureList& measures = in.corpus.measures;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        // Read from the head and the quote: no measure is built (a warm corpus holds records).
        const core::MeasureHead m = measures.head(i);
        if (!m.quotes) continue;
        const std::uint32_t document = measures.document(i);
        if (document >= in.corpus.documents.size()) continue;
        const core::AknDocument& doc = in.corpus.documents[document];
        const core::MeasureQuote q = measures.quote(i);
        std::string eid(q.eid);
        const core::AknElement* e = doc.find(eid);
        if (!e) continue;
        out.push_back({std::string(m.id), false, relative_to_lock(doc.path, dir), std::move(eid),
                       core::sha256_hex(e->text), e->text, q.eid_span});
    }
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

std::vector<reports::SourceChange> changes(const std::vector<Entry>& locked,
                                           const std::vector<Entry>& current) {
    std::map<std::tuple<const bool&, const std::string&, const std::string&, const std::string&>,
             const Entry*>
        by_key;
    for (const Entry& e : locked) by_key.emplace(key_of(e), &e);
    std::vector<reports::SourceChange> out;
    for (const Entry& e : current) {
        auto found = by_key.find(key_of(e));
        if (found == by_key.end() || found->second->sha256 == e.sha256) continue;
        out.push_back({e.id, e.provision, e.akn, e.eid, found->second->text, e.text, e.at});
    }
    return out;
}

}  // namespace lexcheck::cli::lock
