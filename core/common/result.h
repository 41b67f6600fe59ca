#pragma once

#include "error.h"

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace dlt {

/**
 * Either a value of T or an Error. Core functions that can fail on user input
 * return this instead of throwing, so a bad input can never escape as a crash.
 */
template<class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}   // NOLINT: implicit by design
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {} // NOLINT

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { assert(ok()); return std::get<0>(m_v); }
    T &value() & { assert(ok()); return std::get<0>(m_v); }
    T &&value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/** Result for operations that produce nothing but may fail. */
struct Ok {};
using Status = Result<Ok>;

} // namespace dlt
