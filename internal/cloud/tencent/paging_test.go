package tencent

import (
	"context"
	"errors"
	"testing"
)

func TestListAll_FollowsPagesUntilTotal(t *testing.T) {
	data := make([]int, 250)
	var offsets []int64
	got, err := ListAll(context.Background(), func(_ context.Context, offset, limit int64) ([]int, int64, error) {
		offsets = append(offsets, offset)
		end := min(offset+limit, int64(len(data)))
		return data[offset:end], int64(len(data)), nil
	})
	if err != nil || len(got) != 250 || len(offsets) != 3 || offsets[2] != 200 {
		t.Fatalf("got %d items over offsets %v, err %v", len(got), offsets, err)
	}
}

func TestListAll_StopsOnEmptyPageAndError(t *testing.T) {
	calls := 0
	got, _ := ListAll(context.Background(), func(context.Context, int64, int64) ([]int, int64, error) {
		calls++
		return nil, 10, nil // TotalCount says 10 but the page is empty: must not loop forever
	})
	if len(got) != 0 || calls != 1 {
		t.Fatalf("got %v after %d calls", got, calls)
	}
	boom := errors.New("boom")
	if _, err := ListAll(context.Background(), func(context.Context, int64, int64) ([]int, int64, error) { return nil, 0, boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
}
