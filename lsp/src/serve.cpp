// The server loop: framed messages in, replies out. Analysis waits until no message is
// pending, so a burst of edits is analysed once (docs/editors.md).
#include "transport.hpp"

#include "lexcheck/lsp/server.hpp"

#include <istream>
#include <ostream>

namespace lexcheck::lsp {

int serve(std::istream& in, std::ostream& out, ServerOptions options) {
    Session session(std::move(options));
    auto send = [&](const std::vector<std::string>& bodies) {
        for (const std::string& body : bodies) detail::write_frame(out, body);
        return static_cast<bool>(out);
    };
    while (!session.exited()) {
        detail::Frame frame = detail::read_frame(in);
        if (frame.kind == detail::Frame::Kind::end) break;  // the client went away
        bool sent = frame.kind == detail::Frame::Kind::bad
                        ? send({session.framing_error(frame.error)})
                        : send(session.handle(frame.body));
        if (!sent) break;
        detail::skip_bytes(in, frame.skip);
        bool gone = false;
        while (!gone && in.rdbuf()->in_avail() <= 0 && session.idle_pending())
            gone = !send(session.idle());
        if (gone) break;
    }
    return session.exited() ? session.exit_status() : 1;
}

}  // namespace lexcheck::lsp
