// The server loop: framed messages in, replies out. Analysis waits until no message is
// pending, so a burst of edits is analysed once; the slow lint's diagnostics come from the
// session's own thread (docs/editors.md).
#include "transport.hpp"

#include "lexcheck/lsp/server.hpp"

#include <istream>
#include <mutex>
#include <ostream>

namespace lexcheck::lsp {

int serve(std::istream& in, std::ostream& out, ServerOptions options) {
    // Held while a batch of messages is made and written, by this thread and the session's:
    // frames never interleave, and the client gets batches in the order they were made.
    std::mutex out_mutex;
    auto send = [&](const auto& make) {
        std::lock_guard lock(out_mutex);
        for (const std::string& body : make()) detail::write_frame(out, body);
        return static_cast<bool>(out);
    };
    Session session(std::move(options), [&](const auto& make) { send(make); });
    while (!session.exited()) {
        detail::Frame frame = detail::read_frame(in);
        if (frame.kind == detail::Frame::Kind::end) break;  // the client went away
        bool sent = frame.kind == detail::Frame::Kind::bad
                        ? send([&] { return std::vector{session.framing_error(frame.error)}; })
                        : send([&] { return session.handle(frame.body); });
        if (!sent) break;
        detail::skip_bytes(in, frame.skip);
        bool gone = false;
        while (!gone && in.rdbuf()->in_avail() <= 0 && session.idle_pending())
            gone = !send([&] { return session.idle(); });
        if (gone) break;
    }
    return session.exited() ? session.exit_status() : 1;
}

}  // namespace lexcheck::lsp
