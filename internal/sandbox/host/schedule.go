package host

import (
	"container/heap"
	"time"
)

// Schedule is a due-time ordered queue (a binary heap) of pending work, such
// as async tasks. Looking at what is due costs O(1) when nothing is, and
// O(log n) per item taken, so a call's cost does not grow with the number of
// items kept.
type Schedule[T any] struct {
	h scheduleHeap[T]
}

// NewSchedule returns an empty schedule; due gives an item's due time, and
// before breaks ties between items due at the same time.
func NewSchedule[T any](due func(T) time.Time, before func(a, b T) bool) *Schedule[T] {
	return &Schedule[T]{h: scheduleHeap[T]{due: due, before: before}}
}

// Push adds an item.
func (s *Schedule[T]) Push(item T) { heap.Push(&s.h, item) }

// Len is the number of items waiting.
func (s *Schedule[T]) Len() int { return len(s.h.items) }

// PopDue removes and returns the earliest item whose due time is not after
// now; ok is false when none is due.
func (s *Schedule[T]) PopDue(now time.Time) (item T, ok bool) {
	if len(s.h.items) == 0 || now.Before(s.h.due(s.h.items[0])) {
		return item, false
	}
	return heap.Pop(&s.h).(T), true
}

// Each calls fn for every waiting item, in no particular order.
func (s *Schedule[T]) Each(fn func(T)) {
	for _, it := range s.h.items {
		fn(it)
	}
}

type scheduleHeap[T any] struct {
	items  []T
	due    func(T) time.Time
	before func(a, b T) bool
}

func (h *scheduleHeap[T]) Len() int { return len(h.items) }

func (h *scheduleHeap[T]) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	da, db := h.due(a), h.due(b)
	if !da.Equal(db) {
		return da.Before(db)
	}
	return h.before(a, b)
}

func (h *scheduleHeap[T]) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }

func (h *scheduleHeap[T]) Push(x any) { h.items = append(h.items, x.(T)) }

func (h *scheduleHeap[T]) Pop() any {
	n := len(h.items)
	it := h.items[n-1]
	var zero T
	h.items[n-1] = zero
	h.items = h.items[:n-1]
	return it
}
