/** 档次对比: the comparison query (with a declared wage's row when asked), the row the user chose. */
import { useState } from 'react'
import { queries } from '@/query/queries'
import { chosenRow } from './compare.model'
import { useKeptQuery } from './useKeptQuery'

export function useCompare() {
  const [wage, setWage] = useState('')
  const [asked, setAsked] = useState<string>()
  const [tapped, setTapped] = useState('')
  const answer = useKeptQuery(queries.compare, asked)

  /** 加入对比 (or 重试 without a wage): asks again when the same wage is asked once more */
  const load = (declaredWage?: string) => {
    if (declaredWage === asked) void answer.reload()
    else setAsked(declaredWage)
  }

  return {
    data: answer.data,
    error: answer.error,
    wage,
    setWage,
    load,
    selected: chosenRow(answer.data, tapped),
    choose: setTapped,
  }
}
