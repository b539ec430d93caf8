// MeasureList: measures as objects or as records of images read in place (measure.hpp).
#include "lexcheck/core/measure.hpp"

namespace lexcheck::core {

namespace {

MeasureHead head_of(const Measure& m) {
    return {m.id,
            m.span,
            m.jurisdiction,
            m.in_force,
            m.until,
            m.affects.has_value(),
            !m.replaces.empty(),
            m.repeals.has_value(),
            m.ended,
            !m.eid.empty(),
            !m.expects.empty(),
            !m.cite.empty()};
}

std::atomic<std::size_t> built_total{0};

}  // namespace

MeasureList::MeasureList(const MeasureList& other) : objects_(other.objects_), refs_(other.refs_) {
    for (const ImageSlot& slot : other.images_) {
        ImageSlot& copy = images_.emplace_back();
        copy.image = slot.image;
        copy.built = std::make_unique<std::atomic<Measure*>[]>(slot.image->size());
        copy.documents = slot.documents;
    }
}

MeasureList& MeasureList::operator=(const MeasureList& other) {
    if (this != &other) *this = MeasureList(other);
    return *this;
}

MeasureList& MeasureList::operator=(MeasureList&& other) noexcept {
    if (this != &other) {
        release_built();
        objects_ = std::move(other.objects_);
        refs_ = std::move(other.refs_);
        images_ = std::move(other.images_);
    }
    return *this;
}

MeasureList::~MeasureList() {
    release_built();
}

void MeasureList::release_built() {
    for (ImageSlot& slot : images_) {
        if (!slot.built) continue;
        for (std::uint32_t r = 0; r < slot.image->size(); ++r) delete slot.built[r].load();
    }
    images_.clear();
}

const Measure& MeasureList::operator[](std::size_t i) const {
    if (refs_.empty()) return objects_[i];
    const Ref ref = refs_[i];
    if (ref.image == kNone) return objects_[ref.record];
    const ImageSlot& slot = images_[ref.image];
    std::atomic<Measure*>& built = slot.built[ref.record];
    if (Measure* m = built.load(std::memory_order_acquire)) return *m;
    auto fresh = std::make_unique<Measure>();
    slot.image->build(ref.record, *fresh);
    if (!slot.documents.empty()) fresh->document = slot.documents[ref.record];
    Measure* expected = nullptr;
    // Another thread may have built it meanwhile: the first one stays, for every reader.
    if (built.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) {
        built_total.fetch_add(1, std::memory_order_relaxed);
        return *fresh.release();
    }
    return *expected;
}

MeasureHead MeasureList::head(std::size_t i) const {
    if (refs_.empty()) return head_of(objects_[i]);
    const Ref ref = refs_[i];
    if (ref.image == kNone) return head_of(objects_[ref.record]);
    const ImageSlot& slot = images_[ref.image];
    if (const Measure* built = slot.built[ref.record].load(std::memory_order_acquire))
        return head_of(*built);
    return slot.image->head(ref.record);
}

MeasureQuote MeasureList::quote(std::size_t i) const {
    const Ref ref = refs_.empty() ? Ref{kNone, static_cast<std::uint32_t>(i)} : refs_[i];
    if (ref.image == kNone) return {objects_[ref.record].eid, objects_[ref.record].eid_span};
    const ImageSlot& slot = images_[ref.image];
    if (const Measure* built = slot.built[ref.record].load(std::memory_order_acquire))
        return {built->eid, built->eid_span};
    return slot.image->quote(ref.record);
}

Measure* MeasureList::existing(std::size_t i) {
    if (refs_.empty()) return &objects_[i];
    const Ref ref = refs_[i];
    if (ref.image == kNone) return &objects_[ref.record];
    return images_[ref.image].built[ref.record].load(std::memory_order_acquire);
}

std::span<const FactValue> MeasureList::facts(std::size_t i,
                                              std::vector<FactValue>& scratch) const {
    const std::span<const FactValue> facts = values(i, scratch);
    add_spans(i, scratch);  // an object's facts have theirs
    return facts;
}

std::span<const FactValue> MeasureList::values(std::size_t i,
                                               std::vector<FactValue>& scratch) const {
    if (refs_.empty()) return objects_[i].facts;
    const Ref ref = refs_[i];
    if (ref.image == kNone) return objects_[ref.record].facts;
    images_[ref.image].image->values(ref.record, scratch);
    return scratch;
}

void MeasureList::add_spans(std::size_t i, std::vector<FactValue>& scratch) const {
    if (refs_.empty() || refs_[i].image == kNone) return;
    images_[refs_[i].image].image->add_spans(refs_[i].record, scratch);
}

std::span<const FactPosition> MeasureList::fact_positions(
    std::size_t i, std::vector<FactPosition>& scratch) const {
    if (refs_.empty() || refs_[i].image == kNone) return {};
    const Ref ref = refs_[i];
    if (!images_[ref.image].image->fact_positions(ref.record, scratch)) return {};
    return scratch;
}

void MeasureList::push_back(Measure m) {
    objects_.push_back(std::move(m));
    if (!refs_.empty()) refs_.push_back({kNone, static_cast<std::uint32_t>(objects_.size() - 1)});
}

void MeasureList::clear() {
    release_built();
    refs_.clear();
    objects_.clear();
}

void MeasureList::use_refs() {
    if (!refs_.empty() || objects_.empty()) return;
    refs_.reserve(objects_.size());
    for (std::size_t i = 0; i < objects_.size(); ++i)
        refs_.push_back({kNone, static_cast<std::uint32_t>(i)});
}

void MeasureList::append(std::vector<Measure> objects,
                         std::vector<std::shared_ptr<const MeasureImage>> images,
                         const std::vector<Ref>& order) {
    if (images.empty() && refs_.empty()) {
        // Objects only (no cache, or every file parsed): a plain vector, as before images.
        objects_.reserve(objects_.size() + order.size());
        for (const Ref& ref : order) objects_.push_back(std::move(objects[ref.record]));
        return;
    }
    use_refs();
    const auto first_object = static_cast<std::uint32_t>(objects_.size());
    const auto first_image = static_cast<std::uint32_t>(images_.size());
    for (Measure& m : objects) objects_.push_back(std::move(m));
    for (std::shared_ptr<const MeasureImage>& image : images) {
        ImageSlot& slot = images_.emplace_back();
        slot.built = std::make_unique<std::atomic<Measure*>[]>(image->size());
        slot.image = std::move(image);
    }
    refs_.reserve(refs_.size() + order.size());
    for (const Ref& ref : order) {
        refs_.push_back(ref.image == kNone ? Ref{kNone, first_object + ref.record}
                                           : Ref{first_image + ref.image, ref.record});
    }
}

void MeasureList::reorder(std::size_t from, const std::vector<std::uint32_t>& order) {
    if (refs_.empty()) {
        std::vector<Measure> moved;
        moved.reserve(from + order.size());
        for (std::size_t i = 0; i < from; ++i) moved.push_back(std::move(objects_[i]));
        for (std::uint32_t i : order) moved.push_back(std::move(objects_[i]));
        objects_ = std::move(moved);
        return;
    }
    std::vector<Ref> refs(refs_.begin(), refs_.begin() + static_cast<std::ptrdiff_t>(from));
    refs.reserve(from + order.size());
    for (std::uint32_t i : order) refs.push_back(refs_[i]);
    refs_ = std::move(refs);
}

void MeasureList::set_document(std::size_t i, std::uint32_t document) {
    if (refs_.empty() || refs_[i].image == kNone) {
        (*this)[i].document = document;
        return;
    }
    const Ref ref = refs_[i];
    ImageSlot& slot = images_[ref.image];
    if (slot.documents.empty()) slot.documents.assign(slot.image->size(), kNone);
    slot.documents[ref.record] = document;
    if (Measure* m = slot.built[ref.record].load()) m->document = document;
}

std::uint32_t MeasureList::document(std::size_t i) const {
    if (refs_.empty()) return objects_[i].document;
    const Ref ref = refs_[i];
    if (ref.image == kNone) return objects_[ref.record].document;
    const ImageSlot& slot = images_[ref.image];
    return slot.documents.empty() ? kNone : slot.documents[ref.record];
}

std::size_t MeasureList::built() const {
    std::size_t n = 0;
    for (const ImageSlot& slot : images_) {
        for (std::uint32_t r = 0; r < slot.image->size(); ++r) n += slot.built[r].load() != nullptr;
    }
    return n;
}

std::size_t MeasureList::built_in_process() {
    return built_total.load(std::memory_order_relaxed);
}

}  // namespace lexcheck::core
