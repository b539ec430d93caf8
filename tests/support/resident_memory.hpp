// How much of a mapped file is in this process's memory (Linux: /proc/self/smaps), for tests
// of what a run leaves on disk.
#pragma once

#include <cstddef>
#include <fstream>
#include <string>
#include <utility>

namespace lexcheck::test {

/// The resident and mapped kB of this process's mappings whose path ends with `path`. A
/// mapping's first line in smaps is "begin-end perms offset dev inode path", then lines of
/// "Key: value kB".
inline std::pair<std::size_t, std::size_t> resident_and_mapped_kb(const std::string& path) {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    std::size_t rss = 0, size = 0;
    while (std::getline(smaps, line)) {
        if (line.find(':') > line.find(' ')) {  // a mapping's first line (its dev has a colon)
            inside = line.size() > path.size() &&
                     line.compare(line.size() - path.size(), path.size(), path) == 0;
        } else if (inside && line.rfind("Rss:", 0) == 0) {
            rss += std::stoul(line.substr(4));
        } else if (inside && line.rfind("Size:", 0) == 0) {
            size += std::stoul(line.substr(5));
        }
    }
    return {rss, size};
}

}  // namespace lexcheck::test
