#include "lexcheck/core/remedy.hpp"

#include "lexcheck/core/conflict.hpp"

namespace lexcheck::core {

std::string_view remedy_status_name(RemedyStatus s) {
    switch (s) {
        case RemedyStatus::found:
            return "found";
        case RemedyStatus::impossible:
            return "impossible";
        case RemedyStatus::limit:
            return "limit";
    }
    return "";
}

std::string_view proof_kind_name(ProofKind k) {
    switch (k) {
        case ProofKind::conflict:
            return "conflict";
        case ProofKind::scope_never_holds:
            return "scope_never_holds";
        case ProofKind::never_complied:
            return "never_complied";
        case ProofKind::norm_never_breached:
            return "norm_never_breached";
        case ProofKind::exceptions_always_hold:
            return "exceptions_always_hold";
        case ProofKind::exception_never_holds:
            return "exception_never_holds";
    }
    return "";
}

}  // namespace lexcheck::core
