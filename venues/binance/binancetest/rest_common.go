package binancetest

import (
	"encoding/json"
	"net/url"
	"slices"
)

func (x *Exchange) serverTime(rq *request) (any, *apiError) {
	return map[string]int64{"serverTime": rq.ms}, nil
}

// symbolsFilter reads exchangeInfo's symbol / symbols parameters.
func symbolsFilter(p url.Values) (map[string]bool, *apiError) {
	want := map[string]bool{}
	if s := p.Get("symbol"); s != "" {
		want[s] = true
	}
	if s := p.Get("symbols"); s != "" {
		var list []string
		if json.Unmarshal([]byte(s), &list) != nil {
			return nil, badRequest(-1100, "Illegal characters found in parameter 'symbols'.")
		}
		for _, v := range list {
			want[v] = true
		}
	}
	return want, nil
}

// depth serves /api/v3/depth and /fapi/v1/depth.
func (x *Exchange) depth(futures bool) func(*request) (any, *apiError) {
	return func(rq *request) (any, *apiError) {
		m, aerr := x.symbolParam(rq.p, futures)
		if aerr != nil {
			return nil, aerr
		}
		def, max := int64(100), int64(5000)
		if futures {
			def, max = 500, 1000
		}
		n, aerr := limitParam(rq.p, def, max)
		if aerr != nil {
			return nil, aerr
		}
		bids, asks := m.eng.DepthExact(n)
		out := map[string]any{"lastUpdateId": m.updateID, "bids": levelStrings(bids, futures), "asks": levelStrings(asks, futures)}
		if futures {
			out["E"], out["T"] = rq.ms, rq.ms
		}
		return out, nil
	}
}

// tradeWindow filters a symbol's trades like myTrades/userTrades do.
func tradeWindow[T any](rq *request, all []T, id func(T) (tradeID, orderID, ms int64)) ([]T, *apiError) {
	limit, aerr := limitParam(rq.p, 500, 1000)
	if aerr != nil {
		return nil, aerr
	}
	var fields [4]int64
	for i, name := range []string{"orderId", "fromId", "startTime", "endTime"} {
		if fields[i], aerr = intParam(rq.p, name, -1); aerr != nil {
			return nil, aerr
		}
	}
	out := []T{}
	for _, t := range all {
		tid, oid, ms := id(t)
		if (fields[0] >= 0 && oid != fields[0]) || (fields[1] >= 0 && tid < fields[1]) ||
			(fields[2] >= 0 && ms < fields[2]) || (fields[3] >= 0 && ms > fields[3]) {
			continue
		}
		out = append(out, t)
	}
	if len(out) > limit {
		if fields[1] >= 0 {
			out = out[:limit]
		} else {
			out = out[len(out)-limit:]
		}
	}
	return out, nil
}

func (x *Exchange) keyStart(futures bool) func(*request) (any, *apiError) {
	return func(*request) (any, *apiError) {
		return map[string]string{"listenKey": x.startKey(futures)}, nil
	}
}

func (x *Exchange) keyKeep(futures bool) func(*request) (any, *apiError) {
	return func(rq *request) (any, *apiError) {
		key := rq.p.Get("listenKey")
		if futures && key == "" {
			key = x.activeKey(true)
		}
		if key == "" {
			return nil, mandatory("listenKey")
		}
		if !x.keepKey(futures, key) {
			return nil, badRequest(-1125, "This listenKey does not exist.")
		}
		if futures {
			return map[string]string{"listenKey": key}, nil
		}
		return struct{}{}, nil
	}
}

func (x *Exchange) keyClose(futures bool) func(*request) (any, *apiError) {
	return func(rq *request) (any, *apiError) {
		key := rq.p.Get("listenKey")
		if futures && key == "" {
			key = x.activeKey(true)
		}
		if key == "" {
			return nil, mandatory("listenKey")
		}
		if !x.closeKey(futures, key) {
			return nil, badRequest(-1125, "This listenKey does not exist.")
		}
		return struct{}{}, nil
	}
}

// activeKey is the family's listen key, or "". Caller holds x.mu.
func (x *Exchange) activeKey(futures bool) string {
	for key, k := range x.keys {
		if k.futures == futures {
			return key
		}
	}
	return ""
}

func sortedKeys(m map[string]*market) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
