package host

import (
	"testing"
	"time"
)

type job struct {
	id  int
	due time.Time
}

func TestSchedulePopsDueItemsInOrder(t *testing.T) {
	t0 := time.Date(2024, 5, 17, 10, 30, 0, 0, time.UTC)
	s := NewSchedule(func(j job) time.Time { return j.due }, func(a, b job) bool { return a.id < b.id })
	for _, j := range []job{{4, t0.Add(3 * time.Second)}, {2, t0.Add(time.Second)}, {3, t0.Add(time.Second)}, {1, t0.Add(2 * time.Second)}, {5, t0.Add(time.Hour)}} {
		s.Push(j)
	}
	if _, ok := s.PopDue(t0); ok {
		t.Fatal("popped an item before it was due")
	}
	var got []int
	for {
		j, ok := s.PopDue(t0.Add(3 * time.Second))
		if !ok {
			break
		}
		got = append(got, j.id)
	}
	if want := []int{2, 3, 1, 4}; len(got) != len(want) || got[0] != 2 || got[1] != 3 || got[2] != 1 || got[3] != 4 {
		t.Fatalf("order %v, want %v (due time, then tie-break)", got, want)
	}
	if s.Len() != 1 {
		t.Fatalf("%d left, want the one due in an hour", s.Len())
	}
	n := 0
	s.Each(func(job) { n++ })
	if n != 1 {
		t.Fatalf("Each visited %d", n)
	}
}
