#include "project/project_file.hpp"

#include "options.hpp"
#include "project/toml_subset.hpp"

#include "lexcheck/core/suggest.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <ostream>
#include <string_view>

namespace lexcheck::cli::project {

namespace {

namespace fs = std::filesystem;

/// A project file holds a few lines; anything larger is not one
constexpr std::size_t kMaxSize = 1 << 20;

struct Reading {
    core::DiagnosticSink& sink;
    fs::path folder;  ///< Of the project file: its paths are relative to it
    ProjectFile& project;
};

void value_error(Reading& r, const TomlValue& v, std::string message, std::string help) {
    r.sink.error("cli_project_value", v.span, std::move(message), std::move(help));
}

/// A path as the commands see it: relative to the working directory, not to the file
std::string resolve(const fs::path& folder, const std::string& path) {
    if (folder.empty() || fs::path(path).is_absolute()) return path;
    return (folder / path).lexically_normal().generic_string();
}

std::optional<std::string> one_path(Reading& r, const TomlEntry& e, const TomlValue& v) {
    if (v.kind == TomlValue::Kind::string && v.text.empty()) {
        value_error(r, v, "`" + e.key + "` has an empty path",
                    "write the path of a file or folder, as in " + e.key + " = \"" + e.key + "\"");
        return std::nullopt;
    }
    if (v.kind != TomlValue::Kind::string) {
        std::string example = "\"" + v.text + "\"";
        bool in_list = &v != &e.value;
        value_error(r, v, "`" + e.key + "` takes a path in double quotes",
                    in_list ? "write " + example : "write " + e.key + " = " + example);
        return std::nullopt;
    }
    return resolve(r.folder, v.text);
}

/// `rules` and `corpus`: one path or a list of them, each of which must exist
void read_paths(Reading& r, const TomlEntry& e, std::vector<std::string>& into) {
    std::vector<const TomlValue*> values;
    if (e.value.kind == TomlValue::Kind::list) {
        for (const TomlValue& item : e.value.items) values.push_back(&item);
        if (values.empty()) {
            value_error(r, e.value, "`" + e.key + "` lists no path",
                        "give at least one path, or leave `" + e.key + "` out");
        }
    } else {
        values.push_back(&e.value);
    }
    for (const TomlValue* v : values) {
        auto path = one_path(r, e, *v);
        if (!path) continue;
        std::error_code ec;
        if (!fs::exists(*path, ec)) {
            r.sink.error("cli_missing_path", v->span, "`" + v->text + "` does not exist",
                         "paths in lexcheck.toml are relative to the folder it is in");
            continue;
        }
        into.push_back(*path);
    }
}

void read_rules(Reading& r, const TomlEntry& e) {
    read_paths(r, e, r.project.rules);
}

void read_corpus(Reading& r, const TomlEntry& e) {
    read_paths(r, e, r.project.corpus);
}

// The lock file need not exist yet: `lexcheck lock` writes it (LANGUAGE.md §11).
void read_lock(Reading& r, const TomlEntry& e) {
    if (e.value.kind == TomlValue::Kind::list) {
        value_error(r, e.value, "`lock` takes one path", "write lock = \"lexcheck.lock\"");
    } else if (auto path = one_path(r, e, e.value)) {
        r.project.lock = *path;
    }
}

void read_as_of(Reading& r, const TomlEntry& e) {
    const TomlValue& v = e.value;
    auto date = v.kind == TomlValue::Kind::list ? std::nullopt : core::parse_date(v.text);
    if (!date) {
        std::string what = v.kind == TomlValue::Kind::list ? "a list" : "`" + v.text + "`";
        if (auto why = core::calendar_problem(v.text); why && v.kind != TomlValue::Kind::list) {
            value_error(r, v, what + " is not a day of the calendar", *why);
            return;
        }
        value_error(r, v, what + " is not a date", "write as-of = 2024-01-01 (YYYY-MM-DD)");
        return;
    }
    r.project.as_of = date;
}

struct Key {
    std::string_view name;
    void (*read)(Reading&, const TomlEntry&);
};

/// Every key of lexcheck.toml; a new key is one line here and its reader
constexpr Key kKeys[] = {
    {"rules", read_rules},
    {"corpus", read_corpus},
    {"lock", read_lock},
    {"as-of", read_as_of},
};

void unknown_key(Reading& r, const TomlEntry& e) {
    std::vector<std::string> names;
    for (const Key& k : kKeys) names.emplace_back(k.name);
    auto help = core::did_you_mean(e.key, names);
    r.sink.error(
        "cli_project_unknown_key", e.key_span, "lexcheck.toml has no key `" + e.key + "`",
        help ? *help
             : "its keys are " + spoken_list(names) + "; give other options on the command line");
}

}  // namespace

ProjectFile read_project_file(const core::SourceManager& sources, core::SourceId file,
                              core::DiagnosticSink& sink) {
    ProjectFile project;
    Reading r{sink, fs::path(sources.path(file)).parent_path(), project};
    std::map<std::string, core::SourceSpan> seen;
    for (const TomlEntry& e : read_toml_subset(sources, file, sink)) {
        auto [first, fresh] = seen.emplace(e.key, e.key_span);
        if (!fresh) {
            sink.report({core::Severity::error,
                         "cli_project_duplicate_key",
                         "`" + e.key + "` is set twice",
                         e.key_span,
                         {{first->second, "first set here"}},
                         "keep one; several paths go in one list: " + e.key + " = [\"a\", \"b\"]"});
            continue;
        }
        const Key* key = nullptr;
        for (const Key& k : kKeys) key = k.name == e.key ? &k : key;
        if (key) {
            key->read(r, e);
        } else {
            unknown_key(r, e);
        }
    }
    return project;
}

std::optional<ProjectFile> load_project_file(const std::string& path, std::ostream& err) {
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (in) {
        try {
            text.assign(std::istreambuf_iterator<char>(in), {});
        } catch (const std::ios_base::failure&) {  // E.g. a folder called lexcheck.toml
            in.setstate(std::ios::badbit);
        }
    }
    if (!in || in.bad() || text.size() > kMaxSize) {
        err << "lexcheck: error: cannot read `" << path << "` as a project file"
            << (text.size() > kMaxSize ? " (larger than 1 MiB)" : "") << "\n";
        return std::nullopt;
    }
    core::SourceManager sources;
    core::SourceId file = sources.add(path, std::move(text));
    core::DiagnosticSink sink;
    ProjectFile project = read_project_file(sources, file, sink);
    for (const core::Diagnostic& d : sink.sorted(sources))
        err << core::render_diagnostic(sources, d);
    if (sink.has_errors()) {
        std::size_t n = sink.error_count();
        err << "lexcheck: " << n << (n == 1 ? " error" : " errors") << " in " << path
            << "; nothing was run\n";
        return std::nullopt;
    }
    return project;
}

}  // namespace lexcheck::cli::project
