// src/core/text-order.ts: numbers in names as numbers, one order for names a collation calls equal, and CLDR root's
// order for Chinese names whatever the process's locale.
import { expect, it } from 'vitest';
import { byNaturalOrder } from '../../src/core/text-order.js';

it('numbers as numbers; equal-looking names by code unit; Han by the root collation, not pinyin', () => {
  expect(['lb-10', 'lb-2', 'LB-3', 'lb-02', 'lb-1', 'lb-2'].sort(byNaturalOrder)).toEqual(['lb-1', 'lb-02', 'lb-2', 'lb-2', 'LB-3', 'lb-10']);
  expect(['负载均衡-10', '北京', '负载均衡-2', '上海'].sort(byNaturalOrder)).toEqual(['上海', '北京', '负载均衡-2', '负载均衡-10']);
  expect([byNaturalOrder('a', 'a'), byNaturalOrder('lb-02', 'lb-2'), byNaturalOrder('lb-2', 'lb-02'), byNaturalOrder('b', 'a')]).toEqual([0, -1, 1, 1]);
});
