package intrinsic

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stepwise-go/stepwise/value"
)

// evalMathAdd is States.MathAdd(a, b). AWS rounds each operand half up
// (Java's Math.round) before adding: 1.49 + 1.5 = 3, -1.5 + 0 = -1 (rec:
// intrinsic_functions/test_math_add). Operands and sum must fit a Java
// int.
func evalMathAdd(n *node, _ *Env, args []value.Value) (value.Value, error) {
	sum := 0.0
	for i := range 2 {
		r, err := intArg(n, args, i)
		if err != nil {
			return nil, err
		}
		sum += float64(r)
	}
	if sum < math.MinInt32 || sum > math.MaxInt32 {
		return nil, fail(n, "the sum %s is out of the integer range", javaNumber(sum))
	}
	return sum, nil
}

// evalMathRandom is States.MathRandom(start, end[, seed]): an integer in
// [start, end). With a seed the number comes from Java's
// java.util.Random(seed).nextInt(end-start), so a seed always gives the
// same number; without one it comes from env.Random.
func evalMathRandom(n *node, env *Env, args []value.Value) (value.Value, error) {
	start, err := intArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	end, err := intArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	if end <= start {
		return nil, fail(n, "the end %d must be greater than the start %d", end, start)
	}
	span := end - start
	if span > math.MaxInt32 {
		return nil, fail(n, "the range from %d to %d is too large", start, end)
	}
	if len(args) == 3 {
		seed, err := intArg(n, args, 2)
		if err != nil {
			return nil, err
		}
		return float64(start + newJavaRandom(int64(seed)).nextInt(int32(span))), nil
	}
	r := random(env)
	return float64(start + int(math.Floor(r*float64(span)))), nil
}

// random returns env's random number in [0, 1), or math/rand/v2's.
func random(env *Env) float64 {
	if env != nil && env.Random != nil {
		if r := env.Random(); r >= 0 && r < 1 {
			return r
		}
		return 0
	}
	return rand.Float64()
}

// evalUUID is States.UUID(): a version 4 UUID from env.Random.
func evalUUID(_ *node, env *Env, _ []value.Value) (value.Value, error) {
	var b [16]byte
	for i := 0; i < 16; i += 4 {
		x := uint32(random(env) * (1 << 32))
		b[i], b[i+1], b[i+2], b[i+3] = byte(x>>24), byte(x>>16), byte(x>>8), byte(x)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}

// javaRandom is java.util.Random's linear congruential generator.
type javaRandom struct{ seed int64 }

const (
	javaMultiplier = 0x5DEECE66D
	javaMask       = 1<<48 - 1
)

// newJavaRandom seeds a generator as new java.util.Random(seed) does.
func newJavaRandom(seed int64) *javaRandom {
	return &javaRandom{seed: (seed ^ javaMultiplier) & javaMask}
}

// next returns the next bits random bits.
func (r *javaRandom) next(bits uint) int32 {
	r.seed = (r.seed*javaMultiplier + 0xB) & javaMask
	return int32(r.seed >> (48 - bits))
}

// nextInt is Random.nextInt(bound) for bound > 0.
func (r *javaRandom) nextInt(bound int32) int {
	if bound&(-bound) == bound {
		return int((int64(bound) * int64(r.next(31))) >> 31)
	}
	for {
		bits := r.next(31)
		val := bits % bound
		if bits-val+(bound-1) >= 0 {
			return int(val)
		}
	}
}
