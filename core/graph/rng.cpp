#include "rng.h"

namespace dlt::graph {

double Rng::unit()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int Rng::index(int n)
{
    const int i = int(double(n) * unit());
    return i < n ? i : n - 1;
}

} // namespace dlt::graph
