// Package venues is navarb's shared vocabulary: the identifiers, events, plans,
// fills, receipts and sentinel errors that venue adapters produce and the
// strategy, risk and reporting code consume.
//
// It holds types only. Market-data events carry float64 prices and sizes (hot
// path, bounded error); everything that moves money (fills, receipts) carries
// exact decimals converted once at the adapter edge.
package venues
